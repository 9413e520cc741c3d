package vn.bentre.ocop.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void vietnameseNameTravelsExactlyInFilenameStarWithAnAsciiFallback() {
        String header = FileNames.contentDisposition(true, "Quyết định 148.pdf", "quyet-dinh-148.pdf");

        assertThat(header)
                .isEqualTo(
                        "inline; filename=\"quyet-dinh-148.pdf\"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20148.pdf");
    }

    @Test
    void officeDocumentsDownload() {
        assertThat(FileNames.contentDisposition(false, "Báo cáo.docx", "bao-cao.docx"))
                .startsWith("attachment; filename=\"bao-cao.docx\"");
    }

    @Test
    void quotesSemicolonsAndLineBreaksCannotBreakTheHeader() {
        String header = FileNames.contentDisposition(true, "a\";b\r\nSet-Cookie: x.pdf", "a-b.pdf");

        assertThat(header).doesNotContain("\r", "\n").endsWith("filename*=UTF-8''a%22%3Bb%0D%0ASet-Cookie%3A%20x.pdf");
    }

    @Test
    void urlNameIsAsciiSlugWithTheCanonicalExtension() {
        assertThat(FileNames.urlName("Kế hoạch Đồng Khởi 2026.PDF", "pdf")).isEqualTo("ke-hoach-dong-khoi-2026.pdf");
        assertThat(FileNames.urlName("ảnh.jpg", "jpg")).isEqualTo("anh.jpg");
        assertThat(FileNames.urlName("???.pdf", "pdf")).isEqualTo("tep.pdf");
    }

    @Test
    void browserPathsAndControlCharactersAreDroppedFromTheOriginalName() {
        assertThat(FileNames.baseName("C:\\Users\\ha\\Tài liệu\\Bản tin số 1.pdf"))
                .isEqualTo("Bản tin số 1.pdf");
        assertThat(FileNames.original("a\u0000b.pdf", "pdf", 255)).isEqualTo("ab.pdf");
        assertThat(FileNames.original("x".repeat(300) + ".pdf", "pdf", 255))
                .hasSize(255)
                .endsWith(".pdf");
    }
}

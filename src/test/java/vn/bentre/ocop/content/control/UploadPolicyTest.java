package vn.bentre.ocop.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.support.SampleFiles;

class UploadPolicyTest {

    final UploadPolicy policy = new UploadPolicy(UploadPolicy.DEFAULT_MAX_BYTES);

    @Test
    void realPdfIsAcceptedAndOpensInTheBrowser() {
        var accepted = policy.check("Kế hoạch OCOP 2026.pdf", SampleFiles.pdf());

        assertThat(accepted.mediaType()).isEqualTo("application/pdf");
        assertThat(accepted.kind()).isEqualTo(UploadPolicy.Kind.PDF);
    }

    @Test
    void imagesAreRecognisedByTheirBytes() {
        assertThat(policy.check("anh.PNG", SampleFiles.image("png", 40, 30)).mediaType())
                .isEqualTo("image/png");
        var jpeg = policy.check("anh.jpeg", SampleFiles.image("jpg", 40, 30));
        assertThat(jpeg.mediaType()).isEqualTo("image/jpeg");
        assertThat(jpeg.extension()).as("one extension per type in URLs").isEqualTo("jpg");
        assertThat(policy.check("anh.gif", SampleFiles.image("gif", 40, 30)).kind())
                .isEqualTo(UploadPolicy.Kind.IMAGE);
    }

    @Test
    void wordDocumentIsAcceptedAsOfficeDocument() {
        var accepted = policy.check("bao-cao.docx", SampleFiles.docx());

        assertThat(accepted.kind()).isEqualTo(UploadPolicy.Kind.OFFICE);
        assertThat(accepted.mediaType()).endsWith("wordprocessingml.document");
    }

    @Test
    void wordDocumentNamedXlsxIsRefused() {
        assertThatThrownBy(() -> policy.check("bang-tinh.xlsx", SampleFiles.docx()))
                .satisfies(
                        e -> assertThat(((BusinessException) e).getArguments()).containsExactly("XLSX", "DOCX"));
    }

    @Test
    void htmlRenamedPdfIsRefusedSayingWhatItReallyIs() {
        assertThatThrownBy(() -> policy.check("quyet-dinh.pdf", SampleFiles.html()))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    var refusal = (BusinessException) e;
                    assertThat(refusal.getMessageKey()).isEqualTo("upload.mismatch");
                    assertThat(refusal.getArguments()).containsExactly("PDF", "text/html");
                });
    }

    @Test
    void executableRenamedPdfIsRefused() {
        assertThatThrownBy(() -> policy.check("van-ban.pdf", SampleFiles.executable()))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "upload.mismatch");
    }

    @Test
    void plainZipRenamedDocxIsRefused() {
        assertThatThrownBy(() -> policy.check("bao-cao.docx", SampleFiles.plainZip()))
                .hasFieldOrPropertyWithValue("messageKey", "upload.mismatch");
    }

    @Test
    void pngNamedJpgIsRefusedNamingThePng() {
        assertThatThrownBy(() -> policy.check("anh.jpg", SampleFiles.image("png", 10, 10)))
                .satisfies(
                        e -> assertThat(((BusinessException) e).getArguments()).containsExactly("JPG", "PNG"));
    }

    @Test
    void typesOutsideTheListAreRefusedWhateverTheirContent() {
        assertThatThrownBy(() -> policy.check("trang.html", SampleFiles.html()))
                .hasFieldOrPropertyWithValue("messageKey", "upload.notAllowed");
        assertThatThrownBy(() -> policy.check("setup.exe", SampleFiles.executable()))
                .hasFieldOrPropertyWithValue("messageKey", "upload.notAllowed");
        assertThatThrownBy(() -> policy.check("khong-duoi", SampleFiles.pdf()))
                .hasFieldOrPropertyWithValue("messageKey", "upload.notAllowed");
    }

    @Test
    void fileOverTheLimitIsRefusedWithTheLimit() {
        var small = new UploadPolicy(1024 * 1024);
        var pdf = SampleFiles.pdf();
        var big = Arrays.copyOf(pdf, 1024 * 1024 + 1);

        assertThatThrownBy(() -> small.check("lon.pdf", big)).satisfies(e -> {
            var refusal = (BusinessException) e;
            assertThat(refusal.getMessageKey()).isEqualTo("upload.tooLarge");
            assertThat(refusal.getArguments()).containsExactly("1 MB");
        });
        assertThat(small.check("vua.pdf", pdf).kind()).isEqualTo(UploadPolicy.Kind.PDF);
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> policy.check("rong.pdf", new byte[0]))
                .hasFieldOrPropertyWithValue("messageKey", "upload.empty");
    }

    @Test
    void defaultLimitIsTwentyMegabytes() {
        assertThat(UploadPolicy.DEFAULT_MAX_BYTES).isEqualTo(20L * 1024 * 1024);
    }
}

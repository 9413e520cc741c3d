package vn.bentre.ocop.training.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.training.boundary.CertificateView;
import vn.bentre.ocop.training.boundary.Roster;
import vn.bentre.ocop.training.entity.Course;
import vn.bentre.ocop.training.entity.CourseAudience;
import vn.bentre.ocop.training.entity.CourseResult;
import vn.bentre.ocop.training.entity.EnrolmentStatus;

class CertificatePdfTest {

    @Test
    void theCertificateCarriesVietnameseTextWithItsDiacriticsAndTheVerificationCode() throws Exception {
        var certificate = new CertificateView(
                "5XXQ-JJZF-SJPV-ABDM-4HZX",
                "Phạm Thị Mỹ Linh",
                "an-toan-thuc-pham-k0",
                "An toàn thực phẩm trong chế biến kẹo dừa, bánh tráng",
                "An toàn thực phẩm",
                8,
                LocalDate.of(2026, 10, 26),
                LocalDate.of(2026, 10, 26),
                LocalDateTime.of(2026, 10, 27, 9, 0),
                "Lê Văn Phúc",
                "Văn phòng Điều phối Chương trình OCOP tỉnh",
                "https://ocop-bentre.vn/xac-minh/5XXQ-JJZF-SJPV-ABDM-4HZX");

        byte[] pdf = CertificatePdf.render(certificate);

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        var reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains("GIẤY CHỨNG NHẬN", "Phạm Thị Mỹ Linh", "kẹo dừa, bánh tráng", "Lê Văn Phúc")
                .contains("8 giờ", "26/10/2026", "5XXQ-JJZF-SJPV-ABDM-4HZX");
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("DejaVuSans");
    }

    @Test
    void rostersExportAsCsvForSpreadsheetsAndAsXlsx() throws Exception {
        var trainer = new Account("gv@example.vn", "Lê Văn Phúc", "x", Set.of(Role.TRAINER), LocalDateTime.now());
        var course =
                new Course("k1", "Khóa", "Mô tả", "Chủ đề", CourseAudience.ANYONE, trainer, 2, 8, LocalDateTime.now());
        var seated = new Roster.Row(
                1,
                11,
                "Phạm Thị Mỹ Linh",
                "hv@example.vn",
                "0987 652 114",
                "=HYPERLINK(\"x\")",
                EnrolmentStatus.CONFIRMED,
                0,
                Set.of(7L),
                CourseResult.PASSED,
                null,
                LocalDateTime.now());
        var waiting = new Roster.Row(
                2,
                12,
                "Nguyễn Văn Tâm",
                "tam@example.vn",
                null,
                "HTX Chợ Lách",
                EnrolmentStatus.WAITLISTED,
                1,
                Set.of(),
                null,
                null,
                LocalDateTime.now());
        var roster =
                new Roster(course, List.of(), List.of(seated), List.of(waiting), LocalDateTime.of(2026, 12, 1, 9, 0));

        String csv = new String(RosterExport.csv(roster), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFSTT,Họ và tên");
        assertThat(csv).contains("Phạm Thị Mỹ Linh", "'=HYPERLINK", "Đạt", "Trong danh sách chờ,1");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(RosterExport.xlsx(roster)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Nguyễn Văn Tâm");
            assertThat(sheet.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(1.0);
        }
    }
}

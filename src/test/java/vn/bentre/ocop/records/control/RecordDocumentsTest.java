package vn.bentre.ocop.records.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.bentre.ocop.records.control.LearningRecord.Entry;
import vn.bentre.ocop.records.control.LearningRecord.Source;

class RecordDocumentsTest {

    static Entry completed(String title, int hours, LocalDate on) {
        return new Entry(Source.COURSE, "K1", title, "Quản trị", hours, on, on, on, "ABC-123", null, null);
    }

    @Test
    void aRecordGroupsCompletionsByYearNewestFirstWithTheirHours() {
        var years = LearningRecord.byYear(List.of(
                completed("Kế toán hợp tác xã", 16, LocalDate.of(2024, 5, 2)),
                completed("Tiếp thị số", 12, LocalDate.of(2026, 3, 1)),
                completed("Truy xuất nguồn gốc", 8, LocalDate.of(2026, 9, 9))));

        assertThat(years).extracting(LearningRecord.Year::year).containsExactly(2026, 2024);
        assertThat(years.get(0).entries())
                .extracting(Entry::title)
                .containsExactly("Truy xuất nguồn gốc", "Tiếp thị số");
        assertThat(years.get(0).hours()).isEqualTo(20);
        var record = new LearningRecord(1, "Phạm Thị Mỹ Linh", "a@b.vn", List.of(), years, List.of(), List.of());
        assertThat(record.getTotalHours()).isEqualTo(36);
        assertThat(record.getCompletedCount()).isEqualTo(3);
    }

    @Test
    void csvKeepsVietnameseLettersAndStartsWithAByteOrderMark() {
        var table =
                new ReportTable("Báo cáo", List.of("Chủ đề", "Số người"), List.of(List.of("Quản trị, tài chính", "6")));
        byte[] csv = ReportFiles.write(table, ReportFiles.Format.CSV);

        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Chủ đề,Số người\r\n\"Quản trị, tài chính\",6\r\n");
    }

    @Test
    void reportCsvNeutralisesFormulaCellsAndKeepsNegativeFigures() {
        var table = new ReportTable(
                "Báo cáo",
                List.of("Tổ chức", "Chênh lệch"),
                List.of(List.of("=HYPERLINK(\"http://x\",\"y\")", "-3"), List.of("@SUM(A1)", "+2")));
        byte[] csv = ReportFiles.write(table, ReportFiles.Format.CSV);

        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Tổ chức,Chênh lệch\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-3\r\n'@SUM(A1),+2\r\n");
    }

    @Test
    void xlsxKeepsFiguresAsNumbers() throws Exception {
        var table = new ReportTable(
                "Người được đào tạo theo xã: 2026", List.of("Xã", "Số người"), List.of(List.of("Xã An Hội", "12")));
        try (var workbook =
                new XSSFWorkbook(new ByteArrayInputStream(ReportFiles.write(table, ReportFiles.Format.XLSX)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).doesNotContain(":").hasSizeLessThanOrEqualTo(31);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Xã An Hội");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(12.0);
        }
    }

    @Test
    void transcriptAndReportPdfsAreWrittenWithTheEmbeddedFont() {
        var record = new LearningRecord(
                1,
                "Phạm Thị Mỹ Linh",
                "hocvien@demo.ocop-bentre.vn",
                List.of("Hợp tác xã Dừa Xiêm Xanh"),
                LearningRecord.byYear(List.of(completed("Quản trị hợp tác xã", 16, LocalDate.of(2026, 1, 5)))),
                List.of(),
                List.of());
        byte[] transcript = TranscriptPdf.write(
                record,
                "Văn phòng Điều phối",
                "http://127.0.0.1:8080/xac-minh",
                LocalDate.of(2026, 11, 30),
                Locale.of("vi"));
        byte[] report = ReportFiles.write(
                new ReportTable("Báo cáo", List.of("Chủ đề"), List.of(List.of("Quản trị"))), ReportFiles.Format.PDF);

        for (byte[] pdf : List.of(transcript, report)) {
            String text = new String(pdf, StandardCharsets.ISO_8859_1);
            assertThat(text).startsWith("%PDF-").contains("DejaVuSans");
        }
    }
}

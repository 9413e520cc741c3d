package vn.bentre.ocop.training.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.bentre.ocop.platform.control.CsvWriter;
import vn.bentre.ocop.platform.control.Language;
import vn.bentre.ocop.platform.control.Messages;
import vn.bentre.ocop.training.boundary.Roster;

/**
 * A roster as CSV (the portal's {@link CsvWriter}: UTF-8 with a byte-order mark, formula-leading cells neutralised)
 * or XLSX: one row per learner, seated first, then the waiting list in order.
 */
public final class RosterExport {

    private RosterExport() {}

    public static byte[] csv(Roster roster) {
        return CsvWriter.write(header(), rows(roster));
    }

    public static byte[] xlsx(Roster roster) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(text("training.roster.sheet"));
            var bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            var header = sheet.createRow(0);
            var titles = header();
            for (int c = 0; c < titles.size(); c++) {
                var cell = header.createCell(c);
                cell.setCellValue(titles.get(c));
                cell.setCellStyle(headerStyle);
            }
            int r = 1;
            for (var values : rows(roster)) {
                var row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    String value = values.get(c);
                    if (c == 0 || c == 6 || c == 7) {
                        row.createCell(c).setCellValue(value.isEmpty() ? 0 : Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            for (int c = 0; c < titles.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> header() {
        return Stream.of(
                        "number",
                        "name",
                        "email",
                        "phone",
                        "organisation",
                        "status",
                        "position",
                        "attended",
                        "result",
                        "certificate")
                .map(k -> text("training.roster.column." + k))
                .toList();
    }

    private static List<List<String>> rows(Roster roster) {
        var rows = new ArrayList<List<String>>();
        int n = 1;
        for (var row : Stream.concat(roster.seated().stream(), roster.waitlisted().stream())
                .toList()) {
            rows.add(List.of(
                    String.valueOf(n++),
                    row.name(),
                    row.email(),
                    row.phone() == null ? "" : row.phone(),
                    row.organisation() == null ? "" : row.organisation(),
                    text("training.status." + row.status()),
                    row.position() == 0 ? "" : String.valueOf(row.position()),
                    String.valueOf(row.attended().size()),
                    row.result() == null ? "" : text("training.result." + row.result()),
                    row.certificateCode() == null ? "" : row.certificateCode()));
        }
        return rows;
    }

    private static String text(String key) {
        return Messages.get(Language.VIETNAMESE, key);
    }
}

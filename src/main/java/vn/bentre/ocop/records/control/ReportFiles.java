package vn.bentre.ocop.records.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import vn.bentre.ocop.platform.control.CsvWriter;
import vn.bentre.ocop.platform.control.PdfDocuments;

/**
 * Writes a {@link ReportTable} as CSV (the portal's {@link CsvWriter}: UTF-8 with a byte-order mark, formula-leading
 * cells neutralised), XLSX or PDF.
 */
public final class ReportFiles {

    public enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PDF("application/pdf", "pdf");

        public final String contentType;
        public final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private ReportFiles() {}

    public static byte[] write(ReportTable table, Format format) {
        return switch (format) {
            case CSV -> csv(table);
            case XLSX -> xlsx(table);
            case PDF -> pdf(table);
        };
    }

    static byte[] csv(ReportTable table) {
        return CsvWriter.write(table.headers(), table.rows());
    }

    static byte[] xlsx(ReportTable table) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(sheetName(table.title()));
            var bold = workbook.createFont();
            bold.setBold(true);
            var heading = workbook.createCellStyle();
            heading.setFont(bold);
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                var cell = header.createCell(c);
                cell.setCellValue(table.headers().get(c));
                cell.setCellStyle(heading);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                var cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c);
                    var cell = row.createCell(c);
                    // Figures stay numbers, so the spreadsheet can sum them; everything else is text.
                    if (value != null && value.matches("-?\\d{1,15}")) {
                        cell.setCellValue(Long.parseLong(value));
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            for (int c = 0; c < table.headers().size(); c++) {
                sheet.autoSizeColumn(c);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf(ReportTable table) {
        return PdfDocuments.write(PageSize.A4.rotate(), 36, document -> {
            var title = new Paragraph(table.title(), PdfDocuments.bold(14));
            title.setSpacingAfter(10);
            document.add(title);
            var grid = new PdfPTable(Math.max(1, table.headers().size()));
            grid.setWidthPercentage(100);
            grid.setHeaderRows(1);
            for (String h : table.headers()) {
                grid.addCell(new PdfPCell(new Phrase(h, PdfDocuments.bold(9))));
            }
            for (var row : table.rows()) {
                for (String cell : row) {
                    grid.addCell(new PdfPCell(new Phrase(cell == null ? "" : cell, PdfDocuments.font(9))));
                }
            }
            document.add(grid);
        });
    }

    /** Excel refuses sheet names longer than 31 characters or holding []:*?/\ . */
    static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.isEmpty() ? "Report" : clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}

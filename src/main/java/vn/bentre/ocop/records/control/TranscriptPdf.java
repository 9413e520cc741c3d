package vn.bentre.ocop.records.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import vn.bentre.ocop.platform.control.Messages;
import vn.bentre.ocop.platform.control.PdfDocuments;

/**
 * A person's record as a printable transcript (A4): who, their organisations, each year's completed training with
 * hours, topics and certificate codes (verifiable at {@code /xac-minh/{code}}), the totals, and where and when it
 * was printed. In the reader's language; names and titles as written.
 */
public final class TranscriptPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TranscriptPdf() {}

    public static byte[] write(
            LearningRecord record, String issuer, String verifyBase, LocalDate printedOn, Locale locale) {
        return PdfDocuments.write(PageSize.A4, 40, document -> {
            document.add(paragraph(issuer.toUpperCase(locale), PdfDocuments.bold(11), Element.ALIGN_CENTER, 2));
            document.add(paragraph(
                    text(locale, "record.transcript.title"), PdfDocuments.bold(18), Element.ALIGN_CENTER, 14));
            document.add(paragraph(
                    text(locale, "record.transcript.person", record.name()),
                    PdfDocuments.bold(12),
                    Element.ALIGN_LEFT,
                    2));
            document.add(paragraph(record.email(), PdfDocuments.font(10), Element.ALIGN_LEFT, 2));
            if (!record.organisations().isEmpty()) {
                document.add(paragraph(
                        text(locale, "record.organisations") + ": " + String.join("; ", record.organisations()),
                        PdfDocuments.font(10),
                        Element.ALIGN_LEFT,
                        2));
            }
            document.add(paragraph(
                    text(locale, "record.transcript.totals", record.getCompletedCount(), record.getTotalHours()),
                    PdfDocuments.font(10),
                    Element.ALIGN_LEFT,
                    12));
            if (record.years().isEmpty()) {
                document.add(paragraph(text(locale, "record.none"), PdfDocuments.font(11), Element.ALIGN_LEFT, 8));
            }
            for (var year : record.years()) {
                document.add(paragraph(
                        text(locale, "record.year", year.year(), year.hours()),
                        PdfDocuments.bold(12),
                        Element.ALIGN_LEFT,
                        4));
                var table = new PdfPTable(new float[] {12, 38, 18, 8, 24});
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                for (String header : new String[] {
                    "record.completedOn", "record.course", "record.topic", "record.hours", "record.certificate"
                }) {
                    table.addCell(cell(text(locale, header), true));
                }
                for (var entry : year.entries()) {
                    table.addCell(cell(DAY.format(entry.completedOn()), false));
                    table.addCell(cell(
                            entry.title() + (entry.reference() == null ? "" : " (" + entry.reference() + ")"), false));
                    table.addCell(cell(entry.topic(), false));
                    table.addCell(cell(String.valueOf(entry.hours()), false));
                    table.addCell(cell(
                            entry.certificate() == null
                                    ? (entry.source() == LearningRecord.Source.EXTERNAL
                                            ? text(locale, "record.external")
                                            : "")
                                    : entry.certificate(),
                            false));
                }
                table.setSpacingAfter(10);
                document.add(table);
            }
            document.add(paragraph(
                    text(locale, "record.transcript.verify", verifyBase), PdfDocuments.font(9), Element.ALIGN_LEFT, 2));
            document.add(paragraph(
                    text(locale, "record.transcript.printed", DAY.format(printedOn)),
                    PdfDocuments.font(9),
                    Element.ALIGN_LEFT,
                    0));
        });
    }

    private static Paragraph paragraph(String text, org.openpdf.text.Font font, int align, float after) {
        var p = new Paragraph(text, font);
        p.setAlignment(align);
        p.setSpacingAfter(after);
        return p;
    }

    private static PdfPCell cell(String text, boolean header) {
        var cell = new PdfPCell(new Phrase(text, header ? PdfDocuments.bold(9) : PdfDocuments.font(9)));
        cell.setPadding(4);
        return cell;
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.get(locale, key, arguments);
    }
}

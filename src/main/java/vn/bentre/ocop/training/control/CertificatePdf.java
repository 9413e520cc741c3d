package vn.bentre.ocop.training.control;

import java.time.format.DateTimeFormatter;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import vn.bentre.ocop.platform.control.Language;
import vn.bentre.ocop.platform.control.Messages;
import vn.bentre.ocop.platform.control.PdfDocuments;
import vn.bentre.ocop.training.boundary.CertificateView;

/**
 * The certificate as a landscape A4 PDF in Vietnamese: who completed which course, its hours and dates, the issuer,
 * the verification code and a QR code of the public verification page.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CertificatePdf() {}

    public static byte[] render(CertificateView c) {
        return PdfDocuments.write(PageSize.A4.rotate(), 48, document -> {
            document.add(centred(c.issuer().toUpperCase(Language.VIETNAMESE), PdfDocuments.bold(13), 4));
            document.add(centred(text("training.certificate.title"), PdfDocuments.bold(30), 18));
            document.add(centred(text("training.certificate.certifies"), PdfDocuments.font(14), 6));
            document.add(centred(c.learnerName(), PdfDocuments.bold(24), 10));
            document.add(centred(text("training.certificate.completed"), PdfDocuments.font(14), 6));
            document.add(centred("«" + c.courseTitle() + "»", PdfDocuments.bold(17), 10));
            document.add(centred(
                    text(
                            "training.certificate.facts",
                            c.hours(),
                            c.firstDay().format(DAY),
                            c.lastDay().format(DAY),
                            c.trainerName()),
                    PdfDocuments.font(12),
                    24));

            var table = new PdfPTable(new float[] {3, 1});
            table.setWidthPercentage(100);
            var left = new PdfPCell();
            left.setBorder(0);
            left.addElement(new Paragraph(
                    text(
                            "training.certificate.issued",
                            c.completedAt().toLocalDate().format(DAY)),
                    PdfDocuments.font(11)));
            left.addElement(new Paragraph(text("training.certificate.code", c.code()), PdfDocuments.bold(12)));
            left.addElement(
                    new Paragraph(text("training.certificate.verifyAt", c.verificationUrl()), PdfDocuments.font(10)));
            table.addCell(left);
            var right = new PdfPCell(PdfDocuments.qrCode(c.verificationUrl(), 110));
            right.setBorder(0);
            right.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(right);
            document.add(table);
        });
    }

    private static Paragraph centred(String text, org.openpdf.text.Font font, float after) {
        var paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static String text(String key, Object... arguments) {
        return Messages.get(Language.VIETNAMESE, key, arguments);
    }
}

package vn.bentre.ocop.content.control;

import java.util.List;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import vn.bentre.ocop.platform.control.PdfDocuments;

/**
 * A one-page PDF of a few lines of Vietnamese text (the first as a heading), for the demo files and tests; the real
 * documents are uploaded by editors. Written with OpenPDF and the embedded DejaVu font, so diacritics show.
 */
public final class SimplePdf {

    private SimplePdf() {}

    public static byte[] of(List<String> lines) {
        return PdfDocuments.write(PageSize.A4, 56, document -> {
            for (int i = 0; i < lines.size(); i++) {
                var line = new Paragraph(lines.get(i), i == 0 ? PdfDocuments.bold(16) : PdfDocuments.font(12));
                line.setSpacingAfter(i == 0 ? 12 : 6);
                document.add(line);
            }
        });
    }
}

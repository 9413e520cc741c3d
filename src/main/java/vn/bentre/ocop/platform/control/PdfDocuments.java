package vn.bentre.ocop.platform.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/**
 * PDFs with Vietnamese text (certificates, transcripts, report exports): OpenPDF with DejaVu Sans embedded from the
 * WAR ({@code fonts/}, licence beside it), since the standard PDF fonts have no Vietnamese letters. Also draws QR
 * codes (ZXing) as images for a document.
 */
public final class PdfDocuments {

    private static final BaseFont REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    private PdfDocuments() {}

    public static Font font(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    public static Font font(float size, Color color) {
        return new Font(REGULAR, size, Font.NORMAL, color);
    }

    /** Writes a document of the given page size and margins, filled by {@code content}, and returns its bytes. */
    public static byte[] write(Rectangle pageSize, float margin, Consumer<Document> content) {
        var out = new ByteArrayOutputStream();
        var document = new Document(pageSize, margin, margin, margin, margin);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            content.accept(document);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF could not be written", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    /** A QR code of {@code text} as a PDF image of {@code size} points, black on white, medium error correction. */
    public static Image qrCode(String text, float size) {
        try {
            var matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            int width = matrix.getWidth();
            int height = matrix.getHeight();
            byte[] pixels = new byte[width * height];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    pixels[y * width + x] = (byte) (matrix.get(x, y) ? 0 : 0xFF);
                }
            }
            var image = Image.getInstance(width, height, 1, 8, pixels);
            image.scaleAbsolute(size, size);
            return image;
        } catch (WriterException | DocumentException e) {
            throw new IllegalStateException("QR code could not be drawn", e);
        }
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfDocuments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the WAR: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}

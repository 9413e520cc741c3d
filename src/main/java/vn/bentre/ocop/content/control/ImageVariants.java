package vn.bentre.ocop.content.control;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import vn.bentre.ocop.platform.control.BusinessException;

/**
 * The copy of an uploaded image that pages show: at most {@link #MAX_SIDE} pixels on its longest side and
 * re-encoded from the pixels alone, so no metadata (camera, GPS position) nor anything hidden in the original
 * file survives. JPEG stays JPEG; PNG and GIF become PNG (transparency kept).
 */
public final class ImageVariants {

    public static final int MAX_SIDE = 1600;

    /** Refuses images whose pixels would fill the memory (a small file can claim a gigantic size). */
    static final long MAX_PIXELS = 60_000_000L;

    public record Variant(byte[] bytes, String mediaType, String extension, int width, int height) {}

    private ImageVariants() {}

    /**
     * The reduced copy, or empty when the JDK cannot decode this format (WebP): such images are kept as uploaded.
     * An image that claims to be JPEG/PNG/GIF but does not decode is refused ({@code upload.imageUnreadable}).
     */
    public static java.util.Optional<Variant> of(byte[] original, String mediaType) {
        if (!decodable(mediaType)) {
            return java.util.Optional.empty();
        }
        var image = read(original);
        int width = image.getWidth();
        int height = image.getHeight();
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(width, height));
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        boolean jpeg = mediaType.equals("image/jpeg");
        var copy = new BufferedImage(w, h, jpeg ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        var g = copy.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(copy, jpeg ? "jpg" : "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Optional.of(
                new Variant(out.toByteArray(), jpeg ? "image/jpeg" : "image/png", jpeg ? "jpg" : "png", w, h));
    }

    static boolean decodable(String mediaType) {
        return mediaType.equals("image/jpeg") || mediaType.equals("image/png") || mediaType.equals("image/gif");
    }

    private static BufferedImage read(byte[] bytes) {
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw BusinessException.invalid("upload.imageUnreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw BusinessException.invalid("upload.imageTooManyPixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException refusal) {
                throw refusal;
            }
            throw BusinessException.invalid("upload.imageUnreadable");
        }
    }
}

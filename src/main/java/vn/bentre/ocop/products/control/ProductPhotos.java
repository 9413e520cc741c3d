package vn.bentre.ocop.products.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import vn.bentre.ocop.platform.control.BusinessException;

/**
 * Checks a product photo by its content, never by its name: a JPEG or PNG that decodes as an image, or a WebP by its
 * RIFF signature (the JDK cannot decode WebP), at most {@value #MAX_BYTES} bytes. Returns the media type.
 */
public final class ProductPhotos {

    public static final int MAX_BYTES = 3 * 1024 * 1024;

    private ProductPhotos() {}

    public static String mediaTypeOf(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw BusinessException.invalid("products.photo.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw BusinessException.invalid("products.photo.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String type = signature(bytes);
        if (type == null) {
            throw BusinessException.invalid("products.photo.notImage");
        }
        if (!"image/webp".equals(type) && !decodes(bytes)) {
            throw BusinessException.invalid("products.photo.notImage");
        }
        return type;
    }

    private static String signature(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 12
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    private static boolean decodes(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes)) != null;
        } catch (IOException | RuntimeException broken) {
            return false;
        }
    }
}

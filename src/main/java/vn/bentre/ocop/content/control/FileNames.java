package vn.bentre.ocop.content.control;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Names of uploaded files: the name a user's computer gave (kept for the download), the ASCII name in the file's
 * URL, and the {@code Content-Disposition} header that gives the original Vietnamese name back (RFC 6266 with the
 * RFC 8187 {@code filename*} parameter, and an ASCII {@code filename} for old clients).
 */
public final class FileNames {

    private static final int URL_NAME_MAX = 100;

    private FileNames() {}

    /** The last path segment: some browsers send the full path of the file on the user's disk. */
    public static String baseName(String name) {
        if (name == null) {
            return "";
        }
        String trimmed = name.strip();
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        String base = trimmed.substring(slash + 1);
        // Control characters would end a header line; nothing of value is lost by dropping them.
        return base.replaceAll("\\p{Cntrl}", "");
    }

    /** The original name as kept in the database: the base name, at most {@code max} characters, extension kept. */
    public static String original(String name, String extension, int max) {
        String base = baseName(name);
        if (base.isBlank()) {
            base = "tep." + extension;
        }
        if (base.length() <= max) {
            return base;
        }
        String suffix = "." + extension;
        return base.substring(0, max - suffix.length()) + suffix;
    }

    /** The ASCII name in the URL: "Kế hoạch OCOP 2026.pdf" becomes "ke-hoach-ocop-2026.pdf". */
    public static String urlName(String originalName, String extension) {
        String base = baseName(originalName);
        int dot = base.lastIndexOf('.');
        String stem = Slugs.of(dot > 0 ? base.substring(0, dot) : base, URL_NAME_MAX);
        return (stem.isEmpty() ? "tep" : stem) + "." + extension.toLowerCase(Locale.ROOT);
    }

    /** {@code inline} or {@code attachment}, with the ASCII fallback and the exact UTF-8 name. */
    public static String contentDisposition(boolean inline, String originalName, String asciiName) {
        return (inline ? "inline" : "attachment")
                + "; filename=\"" + asciiName.replace("\"", "").replace("\\", "") + "\""
                + "; filename*=UTF-8''" + percentEncode(originalName);
    }

    /** RFC 8187 value characters: letters, digits and {@code !#$&+-.^_`|~} stay, every other byte is %XX. */
    static String percentEncode(String value) {
        var out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}

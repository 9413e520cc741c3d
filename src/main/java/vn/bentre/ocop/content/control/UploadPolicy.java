package vn.bentre.ocop.content.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import vn.bentre.ocop.platform.control.BusinessException;

/**
 * Which uploads the portal keeps: images, PDF and office documents, up to a size limit, and only when the bytes
 * are what the file's name says. The type is detected from the content (Apache Tika: magic numbers, and zip
 * containers by their entries), never from the name or the type the browser claims, so an executable or an HTML
 * page renamed {@code .pdf} is refused.
 */
public final class UploadPolicy {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** How a file is offered to readers: images and PDF open in the browser, office documents download. */
    public enum Kind {
        IMAGE,
        PDF,
        OFFICE
    }

    /** An accepted file: its detected media type, the extension that goes with it, and its kind. */
    public record Accepted(String mediaType, String extension, Kind kind) {
        public boolean image() {
            return kind == Kind.IMAGE;
        }
    }

    record Allowed(String mediaType, Kind kind) {}

    /** The allowed extensions and the one media type each must be detected as. */
    static final Map<String, Allowed> ALLOWED = Map.ofEntries(
            Map.entry("jpg", new Allowed("image/jpeg", Kind.IMAGE)),
            Map.entry("jpeg", new Allowed("image/jpeg", Kind.IMAGE)),
            Map.entry("png", new Allowed("image/png", Kind.IMAGE)),
            Map.entry("webp", new Allowed("image/webp", Kind.IMAGE)),
            Map.entry("gif", new Allowed("image/gif", Kind.IMAGE)),
            Map.entry("pdf", new Allowed("application/pdf", Kind.PDF)),
            Map.entry(
                    "docx",
                    new Allowed(
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Kind.OFFICE)),
            Map.entry(
                    "xlsx",
                    new Allowed("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Kind.OFFICE)),
            Map.entry(
                    "pptx",
                    new Allowed(
                            "application/vnd.openxmlformats-officedocument.presentationml.presentation", Kind.OFFICE)),
            Map.entry("odt", new Allowed("application/vnd.oasis.opendocument.text", Kind.OFFICE)),
            Map.entry("doc", new Allowed("application/msword", Kind.OFFICE)),
            Map.entry("xls", new Allowed("application/vnd.ms-excel", Kind.OFFICE)));

    /**
     * Legacy Word and Excel files share one container (OLE2); telling them apart needs Apache POI, which is far
     * heavier than the rest of the check. Tika's core recognises the container, and the extension decides.
     */
    static final String OLE2_CONTAINER = "application/x-tika-msoffice";

    /**
     * Tika's core recognises an Office Open XML package but names its kind only with Apache POI; the package's
     * {@code [Content_Types].xml} says which main part it has, which is all that tells a DOCX from an XLSX.
     */
    static final String OOXML_CONTAINER = "application/x-tika-ooxml";

    private static final Map<String, String> OOXML_MAIN_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

    private final long maxBytes;

    public UploadPolicy(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("The upload limit must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Accepts the file or says why not, by bundle key: {@code upload.empty}, {@code upload.tooLarge} (the limit in
     * MB), {@code upload.notAllowed} (the name), {@code upload.mismatch} (the claimed and the real type).
     */
    public Accepted check(String originalName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw BusinessException.invalid("upload.empty");
        }
        if (bytes.length > maxBytes) {
            throw BusinessException.invalid("upload.tooLarge", megabytes(maxBytes));
        }
        String extension = extensionOf(originalName).orElse("");
        var allowed = ALLOWED.get(extension);
        if (allowed == null) {
            throw BusinessException.invalid("upload.notAllowed", FileNames.baseName(originalName));
        }
        String detected = detect(bytes);
        boolean legacyOffice = OLE2_CONTAINER.equals(detected) && (extension.equals("doc") || extension.equals("xls"));
        if (!legacyOffice && !allowed.mediaType().equals(detected)) {
            throw BusinessException.invalid("upload.mismatch", extension.toUpperCase(Locale.ROOT), describe(detected));
        }
        String canonical = extension.equals("jpeg") ? "jpg" : extension;
        return new Accepted(allowed.mediaType(), canonical, allowed.kind());
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The media type of these bytes, from their content alone. */
    static String detect(byte[] bytes) {
        try (var in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            String type = DETECTOR.detect(in, new Metadata()).getBaseType().toString();
            return OOXML_CONTAINER.equals(type) ? ooxmlKind(bytes).orElse(type) : type;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> ooxmlKind(byte[] bytes) {
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("[Content_Types].xml")) {
                    // Content types are short; a limit keeps a crafted archive from filling the memory.
                    String types = new String(zip.readNBytes(1024 * 1024), java.nio.charset.StandardCharsets.UTF_8);
                    return OOXML_MAIN_PARTS.entrySet().stream()
                            .filter(e -> types.contains("\"" + e.getKey() + "\""))
                            .map(Map.Entry::getValue)
                            .findFirst();
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** What a refused file really is, in words a user recognises: "PNG" rather than "image/png" when we know it. */
    static String describe(String mediaType) {
        return ALLOWED.entrySet().stream()
                .filter(e -> e.getValue().mediaType().equals(mediaType)
                        && !e.getKey().equals("jpeg"))
                .map(e -> e.getKey().toUpperCase(Locale.ROOT))
                .findFirst()
                .orElse(mediaType);
    }

    static Optional<String> extensionOf(String name) {
        String base = FileNames.baseName(name);
        int dot = base.lastIndexOf('.');
        if (dot < 0 || dot == base.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(base.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb >= 1 ? mb + " MB" : Math.max(1, bytes / 1024) + " kB";
    }
}

package vn.bentre.ocop.content.entity;

/**
 * What pages show of a stored file, without its bytes: {@code path} is where it is served
 * ({@code /tep/{key}/{fileName}}).
 */
public record FileInfo(
        Long id,
        String key,
        Long itemId,
        FileRole role,
        String originalName,
        String fileName,
        String mediaType,
        long sizeBytes,
        String altText,
        Long variantOf,
        Integer width,
        Integer height) {

    public String path() {
        return "/tep/" + key + "/" + fileName;
    }

    public boolean image() {
        return mediaType.startsWith("image/");
    }

    /** A short label of the kind of file for lists of attachments: PDF, DOCX, JPEG... */
    public String kind() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? mediaType : fileName.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
    }

    /** The size as readers read it: kB below a megabyte, MB with one decimal above. */
    public String sizeLabel() {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " kB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}

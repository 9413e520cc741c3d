package vn.bentre.ocop.content.control;

import java.util.Arrays;
import java.util.Optional;
import vn.bentre.ocop.content.entity.ContentType;

/**
 * The public path segment of each content type ({@code /tin-tuc/{slug}}), also the value of the {@code loai}
 * filters of search and the API, so readers and machines name types the same way.
 */
public enum ContentPaths {
    NEWS(ContentType.NEWS, "tin-tuc"),
    BULLETIN(ContentType.BULLETIN, "ban-tin"),
    SERIES(ContentType.SERIES, "chuyen-de"),
    MATERIAL(ContentType.MATERIAL, "tai-lieu"),
    DOCUMENT(ContentType.DOCUMENT, "van-ban");

    private final ContentType type;
    private final String segment;

    ContentPaths(ContentType type, String segment) {
        this.type = type;
        this.segment = segment;
    }

    public static String segment(ContentType type) {
        return valueOf(type.name()).segment;
    }

    /** The type of a path segment; empty for anything else (a typo in a URL is a 404, not a 500). */
    public static Optional<ContentType> type(String segment) {
        return Arrays.stream(values())
                .filter(p -> p.segment.equals(segment))
                .map(p -> p.type)
                .findFirst();
    }

    /** The path of an item, from the context root: {@code /tin-tuc/slug}. */
    public static String itemPath(ContentType type, String slug) {
        return "/" + segment(type) + "/" + slug;
    }
}

package vn.bentre.ocop.content.boundary;

import vn.bentre.ocop.content.entity.MaterialTopic;

/**
 * What a public list is narrowed to ({@code ?danh-muc=}, {@code ?the=}, {@code ?nam=}, {@code ?chu-de=}); a null
 * part does not narrow.
 */
public record ContentFilter(String categorySlug, String tagSlug, Integer year, MaterialTopic topic) {

    public static final ContentFilter NONE = new ContentFilter(null, null, null, null);

    public boolean isEmpty() {
        return categorySlug == null && tagSlug == null && year == null && topic == null;
    }
}

package vn.bentre.ocop.content.boundary;

import vn.bentre.ocop.content.entity.MaterialTopic;

/**
 * What a public list is narrowed to ({@code ?danh-muc=}, {@code ?the=}, {@code ?nam=}, {@code ?chu-de=}); a null
 * part does not narrow. {@code language} is the reader's: of the translations of one piece the list shows the one
 * in that language, and an item that has none in it is shown as it is (null: every item, whatever its language).
 */
public record ContentFilter(String categorySlug, String tagSlug, Integer year, MaterialTopic topic, String language) {

    public static final ContentFilter NONE = new ContentFilter(null, null, null, null, null);

    public ContentFilter withLanguage(String readerLanguage) {
        return new ContentFilter(categorySlug, tagSlug, year, topic, readerLanguage);
    }

    /** Whether the list is narrowed by any of the reader's parameters (the language does not count). */
    public boolean isEmpty() {
        return categorySlug == null && tagSlug == null && year == null && topic == null;
    }
}

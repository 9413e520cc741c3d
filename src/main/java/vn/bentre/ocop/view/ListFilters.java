package vn.bentre.ocop.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.bentre.ocop.content.boundary.ContentFilter;
import vn.bentre.ocop.content.entity.MaterialTopic;

/**
 * The filter parameters of public lists: {@code ?danh-muc=<slug>&the=<slug>&nam=<year>&chu-de=<topic>}. An absent or
 * empty parameter does not filter; a malformed one (not a slug, not a year, an unknown topic) makes the URL a 404,
 * like a page number that does not exist.
 */
public final class ListFilters {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");

    private ListFilters() {}

    public static Optional<ContentFilter> parse(String category, String tag, String year, String topic) {
        String c = blankToNull(category);
        String t = blankToNull(tag);
        String y = blankToNull(year);
        String p = blankToNull(topic);
        if (c != null && (c.length() > 80 || !SLUG.matcher(c).matches())
                || t != null && (t.length() > 80 || !SLUG.matcher(t).matches())
                || y != null && !YEAR.matcher(y).matches()) {
            return Optional.empty();
        }
        MaterialTopic chosen = null;
        if (p != null) {
            var found = MaterialTopic.bySlug(p);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            chosen = found.get();
        }
        return Optional.of(new ContentFilter(c, t, y == null ? null : Integer.valueOf(y), chosen, null));
    }

    /** The filter as URL parameters, without the leading {@code ?}. */
    public static String query(ContentFilter filter) {
        var parts = new ArrayList<String>();
        if (filter.categorySlug() != null) {
            parts.add("danh-muc=" + encode(filter.categorySlug()));
        }
        if (filter.tagSlug() != null) {
            parts.add("the=" + encode(filter.tagSlug()));
        }
        if (filter.year() != null) {
            parts.add("nam=" + filter.year());
        }
        if (filter.topic() != null) {
            parts.add("chu-de=" + filter.topic().slug());
        }
        return String.join("&", parts);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package vn.bentre.ocop.content.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.bentre.ocop.content.entity.ContentItem;

/**
 * ASCII slugs from Vietnamese titles: "Chợ Lách đón đoàn" becomes "cho-lach-don-doan". Diacritics (tones and
 * the marks of ă â ê ô ơ ư) are stripped by Unicode decomposition; đ is a letter of its own, not a decomposable
 * d with a mark, so it is mapped by hand.
 */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Slugs() {}

    /** The slug of {@code title}, at most {@link ContentItem#SLUG_MAX} characters, cut between words. */
    public static String of(String title) {
        return of(title, ContentItem.SLUG_MAX);
    }

    /** The slug of {@code title}; empty when the title has no letter or digit at all. */
    public static String of(String title, int maxLength) {
        if (title == null) {
            return "";
        }
        String ascii = MARKS.matcher(
                        Normalizer.normalize(title.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD))
                .replaceAll("");
        String slug =
                trim(NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"));
        if (slug.length() <= maxLength) {
            return slug;
        }
        String cut = slug.substring(0, maxLength);
        int lastHyphen = cut.lastIndexOf('-');
        // Cut at a word boundary unless the first word alone is longer than the limit.
        return trim(slug.charAt(maxLength) == '-' || lastHyphen <= 0 ? cut : cut.substring(0, lastHyphen));
    }

    private static String trim(String slug) {
        return EDGE_HYPHENS.matcher(slug).replaceAll("");
    }
}

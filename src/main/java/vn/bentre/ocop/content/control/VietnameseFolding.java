package vn.bentre.ocop.content.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as search compares it. Readers type with or without diacritics, in any case: "ben tre",
 * "BẾN TRE" and "Bến Tre" must all find "Bến Tre". Folding removes the tone and vowel marks (NFD, then drop the
 * combining marks), turns đ/Đ into d (a letter of its own, not a d with a mark, so NFD leaves it alone), lower
 * cases and collapses whitespace.
 */
public final class VietnameseFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseFolding() {}

    /** Lower case without diacritics, đ as d, whitespace collapsed to single spaces and trimmed. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'd');
        return collapse(stripped.toLowerCase(Locale.ROOT));
    }

    /** Lower case keeping the diacritics (composed, NFC), whitespace collapsed: for exact-diacritic matches. */
    public static String lower(String text) {
        return text == null ? "" : collapse(normal(text).toLowerCase(Locale.ROOT));
    }

    /** Composed (NFC) with whitespace collapsed: the form in which texts are stored and highlighted. */
    public static String normal(String text) {
        return text == null ? "" : collapse(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /**
     * Folds a {@link #normal} text character by character, so that position i of the result is position i of the
     * input; that lets a match found in the folded text be highlighted in the original. A character whose folding
     * is not exactly one character (rare outside Vietnamese) is only lower-cased.
     */
    public static String foldAligned(String normalText) {
        var out = new StringBuilder(normalText.length());
        for (int i = 0; i < normalText.length(); i++) {
            char c = normalText.charAt(i);
            if (c < 128) {
                out.append(Character.toLowerCase(c));
                continue;
            }
            String folded = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD))
                    .replaceAll("")
                    .replace('đ', 'd')
                    .replace('Đ', 'd')
                    .toLowerCase(Locale.ROOT);
            out.append(folded.length() == 1 ? folded.charAt(0) : Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** The words of a text: runs of letters and digits (punctuation and LIKE wildcards never reach a query). */
    public static List<String> words(String text) {
        var words = new ArrayList<String>();
        var current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                current.append(c);
            } else if (!current.isEmpty()) {
                words.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            words.add(current.toString());
        }
        return words;
    }

    private static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}

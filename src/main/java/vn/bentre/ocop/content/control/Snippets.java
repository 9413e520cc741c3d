package vn.bentre.ocop.content.control;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Texts for search results: the plain text of a body, and an excerpt with the reader's words marked. */
public final class Snippets {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

    private Snippets() {}

    /** The text of sanitized HTML: tags become spaces (so words of adjacent blocks stay apart), entities letters. */
    public static String plainText(String html) {
        if (html == null) {
            return "";
        }
        Matcher entities = ENTITY.matcher(TAG.matcher(html).replaceAll(" "));
        var out = new StringBuilder();
        while (entities.find()) {
            entities.appendReplacement(out, Matcher.quoteReplacement(decode(entities.group(1))));
        }
        entities.appendTail(out);
        return VietnameseFolding.normal(out.toString());
    }

    /**
     * At most {@code max} characters of {@code normalText} around the first match of a word, HTML-escaped, with
     * each match of any folded word wrapped in {@code <mark>} (whatever its diacritics in the text). The text is
     * escaped first and only then marked, so nothing of the text can become markup.
     */
    public static String highlight(String normalText, List<String> foldedWords, int max) {
        String folded = VietnameseFolding.foldAligned(normalText);
        int first = -1;
        for (String word : foldedWords) {
            int at = folded.indexOf(word);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int start = first <= max / 3 ? 0 : wordStart(normalText, first - max / 3);
        int end = Math.min(normalText.length(), start + max);
        boolean[] marked = new boolean[end - start];
        for (String word : foldedWords) {
            for (int at = folded.indexOf(word, start); at >= 0 && at < end; at = folded.indexOf(word, at + 1)) {
                for (int i = at; i < Math.min(end, at + word.length()); i++) {
                    marked[i - start] = true;
                }
            }
        }
        var html = new StringBuilder();
        if (start > 0) {
            html.append("… ");
        }
        boolean open = false;
        for (int i = start; i < end; i++) {
            if (marked[i - start] != open) {
                html.append(open ? "</mark>" : "<mark>");
                open = !open;
            }
            escape(normalText.charAt(i), html);
        }
        if (open) {
            html.append("</mark>");
        }
        if (end < normalText.length()) {
            html.append(" …");
        }
        return html.toString();
    }

    private static int wordStart(String text, int from) {
        int space = text.indexOf(' ', from);
        return space < 0 ? from : space + 1;
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }

    private static String decode(String entity) {
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return Character.toString(Integer.parseInt(entity.substring(2), 16));
            }
            if (entity.startsWith("#")) {
                return Character.toString(Integer.parseInt(entity.substring(1)));
            }
        } catch (IllegalArgumentException notACharacter) {
            return " ";
        }
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> " ";
        };
    }
}

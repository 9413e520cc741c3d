package vn.bentre.ocop.content.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML of the editor pages' rich-text editor (Quill 2, inside PrimeFaces' textEditor) into the plain
 * HTML the sanitizer keeps. Quill 2 writes every list as {@code <ol>} and marks each item
 * {@code data-list="bullet"} or {@code "ordered"}, and adds empty {@code <span class="ql-ui">} markers; once the
 * sanitizer drops those attributes a bulleted list would be shown numbered. Runs of items become {@code <ul>} or
 * {@code <ol>} as the author chose; HTML from elsewhere (no {@code data-list}) is left as it is.
 */
final class QuillMarkup {

    /** An {@code <ol>} with no list inside it (Quill never nests lists; it indents items with a class). */
    private static final Pattern LIST = Pattern.compile("<ol>((?:(?!<ol[ >]|</ol>|<ul[ >]).)*)</ol>", Pattern.DOTALL);

    private static final Pattern ITEM =
            Pattern.compile("<li data-list=\"(\\w+)\"([^>]*)>((?:(?!</li>).)*)</li>", Pattern.DOTALL);
    private static final Pattern UI_MARKER = Pattern.compile("<span class=\"ql-ui\"[^>]*></span>");

    private QuillMarkup() {}

    static String normalize(String html) {
        if (!html.contains("data-list=") && !html.contains("ql-ui")) {
            return html;
        }
        var lists = LIST.matcher(UI_MARKER.matcher(html).replaceAll(""));
        var out = new StringBuilder();
        while (lists.find()) {
            lists.appendReplacement(out, Matcher.quoteReplacement(lists(lists.group(1))));
        }
        lists.appendTail(out);
        return out.toString();
    }

    private static String lists(String items) {
        if (!items.contains("data-list=")) {
            return "<ol>" + items + "</ol>";
        }
        var item = ITEM.matcher(items);
        var out = new StringBuilder();
        String open = null;
        while (item.find()) {
            String tag = "ordered".equals(item.group(1)) ? "ol" : "ul";
            if (!tag.equals(open)) {
                if (open != null) {
                    out.append("</").append(open).append('>');
                }
                out.append('<').append(tag).append('>');
                open = tag;
            }
            out.append("<li")
                    .append(item.group(2))
                    .append('>')
                    .append(item.group(3))
                    .append("</li>");
        }
        if (open != null) {
            out.append("</").append(open).append('>');
        }
        return out.toString();
    }
}

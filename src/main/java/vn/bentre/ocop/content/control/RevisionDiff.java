package vn.bentre.ocop.content.control;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Two versions of a text side by side, paragraph by paragraph: what an editor needs to see before restoring a
 * revision. Bodies are compared as their visible text (tags stripped, one line per block element), so markup noise
 * does not hide the wording that changed. Lines are plain text: pages escape them.
 */
public final class RevisionDiff {

    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|h[1-6]|li)>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /* The identity normalizer keeps lines as they are; the library's default would HTML-escape them. */
    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(false)
            .lineNormalizer(Function.identity())
            .build();

    /** How a line differs: unchanged, changed, only in the older or only in the newer revision. */
    public enum Change {
        SAME,
        CHANGED,
        REMOVED,
        ADDED
    }

    public record Line(Change change, String older, String newer) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private RevisionDiff() {}

    public static List<Line> ofText(String older, String newer) {
        return compare(lines(older, false), lines(newer, false));
    }

    public static List<Line> ofHtml(String older, String newer) {
        return compare(lines(older, true), lines(newer, true));
    }

    /** Whether any line differs. */
    public static boolean differs(List<Line> lines) {
        return lines.stream().anyMatch(l -> l.change() != Change.SAME);
    }

    static List<String> lines(String text, boolean html) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain = html
                ? unescape(TAG.matcher(BLOCK_END.matcher(text).replaceAll("\n")).replaceAll(""))
                : text;
        return Arrays.stream(plain.split("\\R"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    private static List<Line> compare(List<String> older, List<String> newer) {
        var lines = new ArrayList<Line>();
        for (DiffRow row : GENERATOR.generateDiffRows(older, newer)) {
            var change = switch (row.getTag()) {
                case EQUAL -> Change.SAME;
                case CHANGE -> Change.CHANGED;
                case DELETE -> Change.REMOVED;
                case INSERT -> Change.ADDED;
            };
            lines.add(new Line(change, row.getOldLine(), row.getNewLine()));
        }
        return lines;
    }

    /** The entities the sanitizer writes, back to characters (pages escape the lines again). */
    private static String unescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#34;", "\"")
                .replace("&#39;", "'")
                .replace("&#64;", "@")
                .replace("&#61;", "=")
                .replace("&#43;", "+")
                .replace("&#96;", "`")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&");
    }
}

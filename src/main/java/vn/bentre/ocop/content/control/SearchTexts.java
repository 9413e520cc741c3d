package vn.bentre.ocop.content.control;

/**
 * The forms of an item's words the index stores: as written (NFC, for display and snippets), lower case with
 * diacritics (exact matches) and folded (every match). {@code text*} cover title, summary and body text;
 * {@code bodyText} only summary and body, since the title is shown apart.
 */
public record SearchTexts(
        String title, String titleLower, String titleFolded, String bodyText, String textLower, String textFolded) {

    /** What fits in the index's text columns. */
    public static final int TEXT_MAX = 200_000;

    public static SearchTexts of(String title, String summary, String sanitizedBody) {
        String normalTitle = VietnameseFolding.normal(title);
        String text = cut(
                VietnameseFolding.normal((summary == null ? "" : summary) + " " + Snippets.plainText(sanitizedBody)));
        String all = normalTitle + " " + text;
        return new SearchTexts(
                normalTitle,
                VietnameseFolding.lower(normalTitle),
                VietnameseFolding.fold(normalTitle),
                text,
                cut(VietnameseFolding.lower(all)),
                cut(VietnameseFolding.fold(all)));
    }

    private static String cut(String text) {
        return text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX);
    }
}

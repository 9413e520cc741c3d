package vn.bentre.ocop.content.control;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;

/**
 * What a reader typed, made ready for the index: at most {@link #MAX_LENGTH} characters and {@link #MAX_WORDS}
 * words, each word both as typed (lower case with diacritics) and folded. Every word must appear in the folded
 * text of an item; the items are then ranked in tiers (see {@link #tier}), newest first within a tier.
 *
 * @param exact the words in lower case with their diacritics
 * @param folded the same words folded
 * @param hasDiacritics whether the reader typed any diacritic (or đ): only then do exact matches rank higher
 */
public record SearchQuery(String text, List<String> exact, List<String> folded, boolean hasDiacritics) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_WORDS = 8;

    /** Ranking tiers, best first. */
    public static final int EXACT_TITLE = 4;

    public static final int EXACT_TEXT = 3;
    public static final int FOLDED_TITLE = 2;
    public static final int FOLDED_TEXT = 1;

    /** The query, or empty when the text has no word to look for. Over-long input is cut, never refused. */
    public static Optional<SearchQuery> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = VietnameseFolding.normal(raw.length() > MAX_LENGTH ? raw.substring(0, MAX_LENGTH) : raw);
        var exact = new ArrayList<String>();
        var folded = new ArrayList<String>();
        for (String word : VietnameseFolding.words(VietnameseFolding.lower(text))) {
            String f = VietnameseFolding.fold(word);
            if (!f.isEmpty() && !folded.contains(f) && folded.size() < MAX_WORDS) {
                exact.add(word);
                folded.add(f);
            }
        }
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SearchQuery(text, List.copyOf(exact), List.copyOf(folded), !exact.equals(folded)));
    }

    /**
     * The tier of a matching item: every word exactly (with its diacritics) in the title, else exactly somewhere
     * in the text, else every folded word in the folded title, else (it matched) in the folded text. Exact tiers
     * only count when the reader typed diacritics; without them "ben" is no more exact for "Bến" than for "Bên".
     */
    public int tier(String titleLower, String titleFolded, boolean exactInText) {
        if (hasDiacritics && containsAll(titleLower, exact)) {
            return EXACT_TITLE;
        }
        if (hasDiacritics && exactInText) {
            return EXACT_TEXT;
        }
        if (containsAll(titleFolded, folded)) {
            return FOLDED_TITLE;
        }
        return FOLDED_TEXT;
    }

    /**
     * The candidates' SQL, the same on H2 and PostgreSQL: every folded word in {@code text_folded}, and a flag
     * for "every exact word in {@code text_lower}", of items visible to readers now (the index may still hold an
     * item that expired a moment ago, until the sweep withdraws it). Parameters in order: {@link #parameters}.
     * Columns: item_id, item_type, slug, title, title_lower, title_folded, published_at, exact_text.
     */
    public String candidatesSql(Optional<ContentType> type) {
        var sql =
                new StringBuilder("SELECT item_id, item_type, slug, title, title_lower, title_folded, published_at, ");
        if (hasDiacritics) {
            sql.append("CASE WHEN ");
            appendAll(sql, "text_lower", exact.size());
            sql.append(" THEN 1 ELSE 0 END");
        } else {
            sql.append("0");
        }
        sql.append(" AS exact_text FROM search_entry WHERE ");
        appendAll(sql, "text_folded", folded.size());
        type.ifPresent(t -> sql.append(" AND item_type = ?"));
        sql.append(" AND EXISTS (SELECT 1 FROM content_item c WHERE c.id = search_entry.item_id AND")
                .append(ContentItem.visibleSql("c"))
                .append(")");
        sql.append(" ORDER BY published_at DESC, item_id DESC");
        return sql.toString();
    }

    /** The values for the {@code ?} of {@link #candidatesSql}, in order; {@code now} is the portal's time. */
    public List<Object> parameters(Optional<ContentType> type, LocalDateTime now) {
        var values = new ArrayList<Object>();
        if (hasDiacritics) {
            exact.forEach(w -> values.add("%" + w + "%"));
        }
        folded.forEach(w -> values.add("%" + w + "%"));
        type.ifPresent(t -> values.add(t.name()));
        // A JDBC timestamp: what every driver binds to a TIMESTAMP column in a native query.
        values.add(Timestamp.valueOf(now));
        values.add(Timestamp.valueOf(now));
        return values;
    }

    private static void appendAll(StringBuilder sql, String column, int count) {
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : " AND ").append(column).append(" LIKE ?");
        }
    }

    private static boolean containsAll(String text, List<String> words) {
        return words.stream().allMatch(text::contains);
    }
}

package vn.bentre.ocop.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;

/** How a reader's words become a query, and how matching items are ranked. */
class SearchQueryTest {

    record Item(String title, String text) {}

    static final Item EXACT_TITLE = new Item("Sản phẩm Bến Tre", "");
    static final Item EXACT_TEXT = new Item("Hội chợ", "hàng của bến tre");
    static final Item FOLDED_TITLE = new Item("Bên tre xanh", "");
    static final Item FOLDED_TEXT = new Item("Hội chợ", "ben tre tren song");

    @Test
    void withDiacriticsExactMatchesRankAboveFoldedOnes() {
        var query = SearchQuery.parse("Bến Tre").orElseThrow();

        assertThat(rank(query, List.of(FOLDED_TEXT, FOLDED_TITLE, EXACT_TEXT, EXACT_TITLE)))
                .containsExactly(EXACT_TITLE, EXACT_TEXT, FOLDED_TITLE, FOLDED_TEXT);
    }

    @Test
    void withoutDiacriticsAllSpellingsAreEqualAndTitlesComeFirst() {
        var query = SearchQuery.parse("ben tre").orElseThrow();

        assertThat(query.hasDiacritics()).isFalse();
        assertThat(tier(query, EXACT_TITLE))
                .isEqualTo(tier(query, FOLDED_TITLE))
                .isEqualTo(SearchQuery.FOLDED_TITLE);
        assertThat(tier(query, EXACT_TEXT)).isEqualTo(tier(query, FOLDED_TEXT)).isEqualTo(SearchQuery.FOLDED_TEXT);
    }

    @Test
    void upperCaseWithDiacriticsCountsAsExact() {
        var query = SearchQuery.parse("BẾN TRE").orElseThrow();

        assertThat(query.hasDiacritics()).isTrue();
        assertThat(tier(query, EXACT_TITLE)).isEqualTo(SearchQuery.EXACT_TITLE);
        assertThat(tier(query, FOLDED_TITLE)).isEqualTo(SearchQuery.FOLDED_TITLE);
    }

    @Test
    void dStrokeIsADiacriticForRanking() {
        var query = SearchQuery.parse("đánh giá").orElseThrow();
        assertThat(query.folded()).containsExactly("danh", "gia");
        assertThat(query.hasDiacritics()).isTrue();
    }

    @Test
    void emptyOrPunctuationOnlyQueriesAreNoQuery() {
        assertThat(SearchQuery.parse(null)).isEmpty();
        assertThat(SearchQuery.parse("   ")).isEmpty();
        assertThat(SearchQuery.parse("%_ -- !!")).isEmpty();
    }

    @Test
    void longQueriesAreCutAndWordsLimited() {
        var query =
                SearchQuery.parse("dừa ".repeat(100) + "a b c d e f g h i j k").orElseThrow();
        assertThat(query.text()).hasSizeLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
        assertThat(query.folded()).containsExactly("dua");
        assertThat(SearchQuery.parse("a b c d e f g h i j k").orElseThrow().folded())
                .hasSize(SearchQuery.MAX_WORDS);
    }

    @Test
    void sqlNeedsEveryWordAndBindsValuesNeverConcatenatesThem() {
        var query = SearchQuery.parse("Bến Tre' OR 1=1").orElseThrow();
        String sql = query.candidatesSql(Optional.of(ContentType.NEWS));

        assertThat(sql).doesNotContain("'OR", "1=1", "bến");
        assertThat(sql.split("text_folded LIKE \\?", -1)).hasSize(query.folded().size() + 1);
        var now = LocalDateTime.of(2026, 5, 1, 8, 30);
        assertThat(query.parameters(Optional.of(ContentType.NEWS), now))
                .startsWith("%bến%")
                .contains("%ben%", "%tre%", "NEWS")
                .endsWith(Timestamp.valueOf(now), Timestamp.valueOf(now));
    }

    @Test
    void onlyItemsVisibleNowAreCandidatesEvenBeforeTheSweepWithdrawsAnExpiredOne() {
        String sql = SearchQuery.parse("dừa").orElseThrow().candidatesSql(Optional.empty());

        assertThat(sql)
                .contains("EXISTS (SELECT 1 FROM content_item c WHERE c.id = search_entry.item_id AND"
                        + ContentItem.visibleSql("c") + ")")
                .contains("c.expires_at IS NULL OR c.expires_at > ?");
    }

    private static int tier(SearchQuery query, Item item) {
        String all = item.title() + " " + item.text();
        return query.tier(
                VietnameseFolding.lower(item.title()),
                VietnameseFolding.fold(item.title()),
                query.exact().stream().allMatch(VietnameseFolding.lower(all)::contains));
    }

    private static List<Item> rank(SearchQuery query, List<Item> items) {
        return items.stream()
                .sorted(Comparator.comparingInt((Item i) -> tier(query, i)).reversed())
                .toList();
    }
}

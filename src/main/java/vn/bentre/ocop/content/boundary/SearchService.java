package vn.bentre.ocop.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.bentre.ocop.content.control.SearchQuery;
import vn.bentre.ocop.content.control.Snippets;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.content.entity.SearchEntry;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * Search over everything readers may see, through the index in the database (so every node answers alike).
 * Matching items are read newest first, at most {@link #MAX_CANDIDATES} of them, ranked in the tiers of
 * {@link SearchQuery#tier}; only the page shown loads its text for the snippets.
 */
@Stateless
@PermitAll // anonymous readers: only items visible now are matched
public class SearchService {

    public static final int MAX_PAGE_SIZE = 50;

    /** Beyond this many matches a query is too vague to rank usefully; the newest are ranked. */
    public static final int MAX_CANDIDATES = 2000;

    static final int SNIPPET_LENGTH = 240;

    /**
     * One result. {@code titleHtml} and {@code snippetHtml} are escaped text with the reader's words in
     * {@code <mark>}, safe to insert unescaped.
     */
    public record Hit(
            long itemId,
            ContentType type,
            String slug,
            String title,
            String titleHtml,
            String snippetHtml,
            LocalDateTime publishedAt,
            int tier) {}

    /** @param query what was searched for after cutting and cleaning; empty when there was nothing to look for */
    public record Results(String query, List<Hit> hits, int page, int size, long total) {

        public boolean isEmptyQuery() {
            return query.isEmpty();
        }

        public int pages() {
            return (int) ((total + size - 1) / size);
        }
    }

    private record Candidate(
            long id, ContentType type, String slug, String title, LocalDateTime publishedAt, int tier) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @PermitAll
    public Results search(String text, ContentType type, @Min(1) int page, @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        var parsed = SearchQuery.parse(text);
        if (parsed.isEmpty()) {
            return new Results("", List.of(), page, size, 0);
        }
        var query = parsed.get();
        var filter = Optional.ofNullable(type);
        var native_ = em.createNativeQuery(query.candidatesSql(filter));
        var parameters = query.parameters(filter, clock.now());
        for (int i = 0; i < parameters.size(); i++) {
            native_.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = native_.setMaxResults(MAX_CANDIDATES).getResultList();
        var ranked = rows.stream()
                .map(r -> new Candidate(
                        ((Number) r[0]).longValue(),
                        ContentType.valueOf((String) r[1]),
                        (String) r[2],
                        (String) r[3],
                        time(r[6]),
                        query.tier((String) r[4], (String) r[5], ((Number) r[7]).intValue() == 1)))
                .sorted(Comparator.comparingInt(Candidate::tier)
                        .reversed()
                        .thenComparing(Candidate::publishedAt, Comparator.reverseOrder())
                        .thenComparing(Candidate::id, Comparator.reverseOrder()))
                .toList();
        int from = Math.min(ranked.size(), (page - 1) * size);
        var shown = ranked.subList(from, Math.min(ranked.size(), from + size));
        Map<Long, SearchEntry> entries = shown.isEmpty()
                ? Map.of()
                : em.createNamedQuery(SearchEntry.BY_IDS, SearchEntry.class)
                        .setParameter("ids", shown.stream().map(Candidate::id).toList())
                        .getResultStream()
                        .collect(Collectors.toMap(SearchEntry::getItemId, Function.identity()));
        var hits = shown.stream()
                .filter(c -> entries.containsKey(c.id()))
                .map(c -> new Hit(
                        c.id(),
                        c.type(),
                        c.slug(),
                        c.title(),
                        Snippets.highlight(c.title(), query.folded(), Integer.MAX_VALUE / 2),
                        Snippets.highlight(entries.get(c.id()).getBodyText(), query.folded(), SNIPPET_LENGTH),
                        c.publishedAt(),
                        c.tier()))
                .toList();
        return new Results(query.text(), hits, page, size, ranked.size());
    }

    private static LocalDateTime time(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}

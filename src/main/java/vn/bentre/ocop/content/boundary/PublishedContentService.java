package vn.bentre.ocop.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bentre.ocop.content.control.ReadingCounter;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentStatus;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.ResultPage;

/** What anyone, signed in or not, may read: published items whose publishing time has come. */
@Stateless
@PermitAll // anonymous readers: every method reads only what is public
public class PublishedContentService {

    public static final int MAX_PAGE_SIZE = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    ReadingCounter readings;

    /** Page {@code number} (from 1) of the published items of one type, newest first. */
    @PermitAll
    public ResultPage<ContentItem> page(
            @NotNull ContentType type, @Min(1) int number, @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        var now = clock.now();
        long total = em.createNamedQuery(ContentItem.COUNT_VISIBLE, Long.class)
                .setParameter("type", type)
                .setParameter("statuses", ContentStatus.VISIBLE)
                .setParameter("now", now)
                .getSingleResult();
        var items = visible(type, ResultPage.firstRow(number, size), size);
        return new ResultPage<>(items, number, size, total);
    }

    /** The {@code count} newest published items of one type. */
    @PermitAll
    public List<ContentItem> latest(@NotNull ContentType type, @Min(1) @Max(MAX_PAGE_SIZE) int count) {
        return visible(type, 0, count);
    }

    /**
     * The {@code count} newest published items of one type as a reader of {@code language} should see them: of
     * the translations of one piece, the one in that language.
     */
    @PermitAll
    public List<ContentItem> latest(
            @NotNull ContentType type,
            @Min(1) @Max(MAX_PAGE_SIZE) int count,
            @NotNull @Pattern(regexp = ContentItem.LANGUAGE_PATTERN) String language) {
        return em.createQuery(
                        "select c from ContentItem c where c.type = :type and" + ContentItem.VISIBLE_TO_READERS
                                + " and" + ContentItem.IN_READER_LANGUAGE
                                + " order by c.publishedAt desc, c.id desc",
                        ContentItem.class)
                .setParameter("type", type)
                .setParameter("statuses", ContentStatus.VISIBLE)
                .setParameter("now", clock.now())
                .setParameter("lang", language)
                .setMaxResults(count)
                .getResultList();
    }

    /** The published item of this type with this slug, with its author. */
    @PermitAll
    public Optional<ContentItem> findPublished(@NotNull ContentType type, String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(ContentItem.VISIBLE_BY_SLUG, ContentItem.class)
                .setParameter("type", type)
                .setParameter("slug", slug)
                .setParameter("statuses", ContentStatus.VISIBLE)
                .setParameter("now", clock.now())
                .getResultStream()
                .findFirst();
    }

    /**
     * Counts one reading of the published item of this type with this slug: in memory, written in batches by
     * {@link ReadingCounts} (an unknown slug or an unpublished item counts nothing when the batch is written).
     */
    @PermitAll
    public void countView(@NotNull ContentType type, @NotNull String slug) {
        readings.count(type, slug);
    }

    /**
     * Adds a batch of readings to the items' counts: one conditional update per item, so readings on every node add
     * up, only published items count, and neither an item's version nor its editors' work is disturbed.
     *
     * @return the items whose count changed
     */
    @PermitAll // the batch comes from this node's own counter (ReadingCounts' timer, which runs as no one)
    public int addReadings(@NotNull Map<ReadingCounter.Item, Long> batch) {
        var now = clock.now();
        int changed = 0;
        for (var reading : batch.entrySet()) {
            changed += em.createQuery("update ContentItem c set c.viewCount = c.viewCount + :count"
                            + " where c.type = :type and c.slug = :slug and" + ContentItem.VISIBLE_TO_READERS)
                    .setParameter("count", reading.getValue())
                    .setParameter("type", reading.getKey().type())
                    .setParameter("slug", reading.getKey().slug())
                    .setParameter("statuses", ContentStatus.VISIBLE)
                    .setParameter("now", now)
                    .executeUpdate();
        }
        return changed;
    }

    private List<ContentItem> visible(ContentType type, int first, int max) {
        return em.createNamedQuery(ContentItem.VISIBLE, ContentItem.class)
                .setParameter("type", type)
                .setParameter("statuses", ContentStatus.VISIBLE)
                .setParameter("now", clock.now())
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }
}

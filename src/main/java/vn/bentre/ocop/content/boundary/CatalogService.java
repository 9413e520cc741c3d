package vn.bentre.ocop.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.bentre.ocop.content.entity.Category;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.ResultPage;

/**
 * Published content as machines read it, across types: the API's lists, feeds, the sitemap, and where an old
 * slug now leads. Only what readers may see: published (or scheduled) items whose time has come.
 */
@Stateless
@PermitAll // anonymous readers and crawlers: every method reads only what is public
public class CatalogService {

    public static final int MAX_PAGE_SIZE = 50;

    /** What the sitemap needs of an item. */
    public record Entry(ContentType type, String slug, LocalDateTime updatedAt) {}

    private static final String VISIBLE = ContentItem.VISIBLE_TO_READERS;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    /** Page {@code number} (from 1) of the published items of one type, or of all types when it is null. */
    @PermitAll
    public ResultPage<ContentItem> page(ContentType type, @Min(1) int number, @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        String where = " where" + VISIBLE + (type == null ? "" : " and c.type = :type");
        var count = em.createQuery("select count(c) from ContentItem c" + where, Long.class);
        var items = em.createQuery(
                "select c from ContentItem c" + where + " order by c.publishedAt desc, c.id desc", ContentItem.class);
        visible(count, type);
        visible(items, type);
        return new ResultPage<>(
                items.setFirstResult(ResultPage.firstRow(number, size))
                        .setMaxResults(size)
                        .getResultList(),
                number,
                size,
                count.getSingleResult());
    }

    /** The {@code count} newest published items of one type (all types when null), with their authors. */
    @PermitAll
    public List<ContentItem> newest(ContentType type, @Min(1) @Max(MAX_PAGE_SIZE) int count) {
        var query = em.createQuery(
                "select c from ContentItem c join fetch c.author where" + VISIBLE
                        + (type == null ? "" : " and c.type = :type") + " order by c.publishedAt desc, c.id desc",
                ContentItem.class);
        visible(query, type);
        return query.setMaxResults(count).getResultList();
    }

    /** Every published item, for the sitemap (the sitemap protocol allows 50,000 URLs per file). */
    @PermitAll
    public List<Entry> everything() {
        var query = em.createQuery(
                "select new vn.bentre.ocop.content.boundary.CatalogService.Entry(c.type, c.slug, c.updatedAt)"
                        + " from ContentItem c where" + VISIBLE + " order by c.type, c.publishedAt desc",
                Entry.class);
        visible(query, null);
        return query.setMaxResults(50_000).getResultList();
    }

    /** The newest change among published items: the last-modified time of lists and feeds. */
    @PermitAll
    public Optional<LocalDateTime> lastChange() {
        var query = em.createQuery("select max(c.updatedAt) from ContentItem c where" + VISIBLE, LocalDateTime.class);
        visible(query, null);
        return Optional.ofNullable(query.getSingleResult());
    }

    /** A category by its slug, for its feed. */
    @PermitAll
    public Optional<Category> category(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Category.BY_SLUG, Category.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** The {@code count} newest published items of any type in one category. */
    @PermitAll
    public List<ContentItem> newestInCategory(long categoryId, @Min(1) @Max(MAX_PAGE_SIZE) int count) {
        List<?> ids = em.createNativeQuery("select item_id from content_item_category where category_id = ?1")
                .setParameter(1, categoryId)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery(
                "select c from ContentItem c where c.id in :ids and" + VISIBLE
                        + " order by c.publishedAt desc, c.id desc",
                ContentItem.class);
        query.setParameter(
                "ids", ids.stream().map(id -> ((Number) id).longValue()).toList());
        visible(query, null);
        return query.setMaxResults(count).getResultList();
    }

    /** The current slug of the published item that was once at {@code oldSlug}, if there is one. */
    @PermitAll
    public Optional<String> currentSlug(ContentType type, String oldSlug) {
        if (type == null || oldSlug == null || oldSlug.isBlank() || oldSlug.length() > ContentItem.SLUG_MAX) {
            return Optional.empty();
        }
        var query = em.createQuery(
                "select c.slug from ContentItem c where c.id in (select r.itemId from SlugHistory r"
                        + " where r.type = :type and r.oldSlug = :old) and" + VISIBLE,
                String.class);
        query.setParameter("old", oldSlug);
        visible(query, type);
        return query.getResultStream().findFirst();
    }

    private void visible(jakarta.persistence.Query query, ContentType type) {
        ContentItem.bindVisible(query, clock.now());
        if (type != null) {
            query.setParameter("type", type);
        }
    }
}

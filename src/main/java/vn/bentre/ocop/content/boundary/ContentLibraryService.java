package vn.bentre.ocop.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.bentre.ocop.content.entity.Category;
import vn.bentre.ocop.content.entity.ContentFile;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentStatus;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.content.entity.FileInfo;
import vn.bentre.ocop.content.entity.FileRole;
import vn.bentre.ocop.content.entity.MaterialTopic;
import vn.bentre.ocop.content.entity.OfficialDocument;
import vn.bentre.ocop.content.entity.Tag;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.ResultPage;

/**
 * Public reading beyond the plain lists: lists narrowed by category, tag, year or topic (paginated in the
 * database), and what a detail page shows around an item. Only published items whose time has come are ever
 * returned, members of a series and related items included.
 */
@Stateless
@PermitAll // anonymous readers: every query is limited to visible items
public class ContentLibraryService {

    public static final int RELATED = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    /** Page {@code number} (from 1) of the visible items of one type that pass the filter, newest first. */
    @PermitAll
    public ResultPage<ContentItem> page(
            @NotNull ContentType type,
            @NotNull ContentFilter filter,
            @Min(1) int number,
            @Min(1) @Max(PublishedContentService.MAX_PAGE_SIZE) int size) {
        var now = clock.now();
        String where = where(filter);
        var count =
                bind(em.createQuery("select count(c) from ContentItem c where" + where, Long.class), type, filter, now);
        var rows = bind(
                        em.createQuery(
                                "select c from ContentItem c where" + where + " order by c.publishedAt desc, c.id desc",
                                ContentItem.class),
                        type,
                        filter,
                        now)
                .setFirstResult(ResultPage.firstRow(number, size))
                .setMaxResults(size)
                .getResultList();
        return new ResultPage<>(rows, number, size, count.getSingleResult());
    }

    /** The years in which items of this type were published, newest first (for the year filter). */
    @PermitAll
    public List<Integer> years(@NotNull ContentType type) {
        var range = em.createQuery(
                        "select min(c.publishedAt), max(c.publishedAt) from ContentItem c where c.type = :type and"
                                + ContentItem.VISIBLE_TO_READERS,
                        Object[].class)
                .setParameter("type", type)
                .setParameter("statuses", ContentStatus.VISIBLE)
                .setParameter("now", clock.now())
                .getSingleResult();
        var years = new ArrayList<Integer>();
        if (range[0] instanceof LocalDateTime first && range[1] instanceof LocalDateTime last) {
            for (int y = last.getYear(); y >= first.getYear(); y--) {
                years.add(y);
            }
        }
        return years;
    }

    @PermitAll
    public List<Category> categories() {
        return em.createNamedQuery(Category.ALL, Category.class).getResultList();
    }

    /** What the detail page of this (visible) item shows around its text. */
    @PermitAll
    public ItemDetails details(@NotNull ContentItem item) {
        var now = clock.now();
        Long id = item.getId();
        var files = em.createNamedQuery(ContentFile.INFO_OF_ITEMS, FileInfo.class)
                .setParameter("items", List.of(id))
                .getResultList();
        var categories = em.createQuery(
                        "select cat from Category cat, ItemCategory ic where ic.categoryId = cat.id and ic.itemId = :id"
                                + " order by cat.id",
                        Category.class)
                .setParameter("id", id)
                .getResultList();
        var tags = em.createQuery(
                        "select t from Tag t, ItemTag it where it.tagId = t.id and it.itemId = :id order by t.name",
                        Tag.class)
                .setParameter("id", id)
                .getResultList();
        var topics = em.createQuery(
                        "select t.topic from ItemTopic t where t.itemId = :id order by t.topic", MaterialTopic.class)
                .setParameter("id", id)
                .getResultList();
        var members = em.createQuery(
                        "select c from SeriesEntry e, ContentItem c where e.seriesId = :id and c.id = e.itemId and"
                                + ContentItem.VISIBLE_TO_READERS + " order by e.position",
                        ContentItem.class)
                .setParameter("id", id)
                .setParameter("statuses", ContentStatus.VISIBLE)
                .setParameter("now", now)
                .getResultList();
        var translations = em.createQuery(
                        "select c from ContentItem c where c.id <> :id and (c.id = :group or c.translationOfId = :group)"
                                + " and" + ContentItem.VISIBLE_TO_READERS + " order by c.language",
                        ContentItem.class)
                .setParameter("id", id)
                .setParameter("group", item.translationGroup())
                .setParameter("statuses", ContentStatus.VISIBLE)
                .setParameter("now", now)
                .getResultList();
        return new ItemDetails(
                cover(files),
                files.stream().filter(f -> f.role() == FileRole.ATTACHMENT).toList(),
                categories,
                tags,
                em.find(OfficialDocument.class, id),
                topics,
                members,
                related(item, categories, now),
                translations);
    }

    /** The newest visible items sharing a category with this one; without categories, the newest of its type. */
    private List<ContentItem> related(ContentItem item, List<Category> categories, LocalDateTime now) {
        TypedQuery<ContentItem> query;
        if (categories.isEmpty()) {
            query = em.createQuery(
                            "select c from ContentItem c where c.type = :type and c.id <> :id and"
                                    + ContentItem.VISIBLE_TO_READERS + " order by c.publishedAt desc, c.id desc",
                            ContentItem.class)
                    .setParameter("type", item.getType());
        } else {
            query = em.createQuery(
                            "select c from ContentItem c where c.id <> :id and" + ContentItem.VISIBLE_TO_READERS
                                    + " and exists (select ic from ItemCategory ic where ic.itemId = c.id"
                                    + " and ic.categoryId in :categories) order by c.publishedAt desc, c.id desc",
                            ContentItem.class)
                    .setParameter(
                            "categories",
                            categories.stream().map(Category::getId).toList());
        }
        return query.setParameter("id", item.getId())
                .setParameter("statuses", ContentStatus.VISIBLE)
                .setParameter("now", now)
                .setMaxResults(RELATED)
                .getResultList();
    }

    private static ItemDetails.Cover cover(List<FileInfo> files) {
        return files.stream()
                .filter(f -> f.role() == FileRole.COVER)
                .findFirst()
                .map(original -> files.stream()
                        .filter(f -> original.id().equals(f.variantOf()))
                        .findFirst()
                        .map(v -> new ItemDetails.Cover(v.path(), original.altText(), v.width(), v.height()))
                        .orElse(new ItemDetails.Cover(original.path(), original.altText(), null, null)))
                .orElse(null);
    }

    private static String where(ContentFilter filter) {
        var where = new StringBuilder(" c.type = :type and").append(ContentItem.VISIBLE_TO_READERS);
        if (filter.categorySlug() != null) {
            where.append(" and exists (select ic from ItemCategory ic, Category cat where ic.itemId = c.id")
                    .append(" and ic.categoryId = cat.id and cat.slug = :category)");
        }
        if (filter.tagSlug() != null) {
            where.append(" and exists (select it from ItemTag it, Tag t where it.itemId = c.id")
                    .append(" and it.tagId = t.id and t.slug = :tag)");
        }
        if (filter.year() != null) {
            where.append(" and c.publishedAt >= :from and c.publishedAt < :to");
        }
        if (filter.topic() != null) {
            where.append(" and exists (select tp from ItemTopic tp where tp.itemId = c.id and tp.topic = :topic)");
        }
        if (filter.language() != null) {
            where.append(" and").append(ContentItem.IN_READER_LANGUAGE);
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(
            TypedQuery<T> query, ContentType type, ContentFilter filter, LocalDateTime now) {
        query.setParameter("type", type)
                .setParameter("statuses", ContentStatus.VISIBLE)
                .setParameter("now", now);
        if (filter.categorySlug() != null) {
            query.setParameter("category", filter.categorySlug());
        }
        if (filter.tagSlug() != null) {
            query.setParameter("tag", filter.tagSlug());
        }
        if (filter.year() != null) {
            query.setParameter("from", LocalDateTime.of(filter.year(), 1, 1, 0, 0))
                    .setParameter("to", LocalDateTime.of(filter.year() + 1, 1, 1, 0, 0));
        }
        if (filter.topic() != null) {
            query.setParameter("topic", filter.topic());
        }
        if (filter.language() != null) {
            query.setParameter("lang", filter.language());
        }
        return query;
    }
}

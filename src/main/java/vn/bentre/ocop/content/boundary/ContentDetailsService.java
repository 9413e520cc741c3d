package vn.bentre.ocop.content.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.bentre.ocop.content.control.Slugs;
import vn.bentre.ocop.content.entity.Category;
import vn.bentre.ocop.content.entity.ContentChanged;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentStatus;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.content.entity.ItemCategory;
import vn.bentre.ocop.content.entity.ItemTag;
import vn.bentre.ocop.content.entity.ItemTopic;
import vn.bentre.ocop.content.entity.MaterialTopic;
import vn.bentre.ocop.content.entity.OfficialDocument;
import vn.bentre.ocop.content.entity.SeriesEntry;
import vn.bentre.ocop.content.entity.Tag;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.RoleNames;

/**
 * The fields only some content types have, and every item's categories and tags, for the editors' and trainers'
 * forms. Each setter replaces what the item had.
 */
@Stateless
@RolesAllowed({RoleNames.TRAINER, RoleNames.EDITOR, RoleNames.ADMIN})
public class ContentDetailsService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    PortalClock clock;

    @Inject
    Event<ContentChanged> changed;

    /** The particulars of an official document, as the form has them. */
    public record Particulars(
            @NotBlank @Size(max = OfficialDocument.BODY_MAX) String issuingBody,

            @NotBlank @Size(max = OfficialDocument.NUMBER_MAX)
            String numberSymbol,

            @NotNull LocalDate issuedOn,
            LocalDate effectiveOn) {}

    /**
     * Everything the details form saves at once. A null part is left as it is (a document's particulars when the
     * form has none, a series' members on another type); categories and tags are replaced.
     */
    public record Changes(
            @Valid Particulars document,
            List<@NotNull Long> seriesMembers,
            Set<@NotNull MaterialTopic> topics,
            @NotNull Collection<@NotBlank String> categorySlugs,
            @NotNull Collection<@NotBlank @Size(max = Tag.MAX) String> tags) {}

    /**
     * Saves the details form in one transaction: all of it or, at the first refusal, none of it. A visible item's
     * readers (search index, feeds) are told it changed.
     */
    public void save(@NotNull Long itemId, @NotNull @Valid Changes changes) {
        var item = editable(itemId, null);
        if (changes.document() != null) {
            var d = changes.document();
            describeDocument(itemId, d.issuingBody(), d.numberSymbol(), d.issuedOn(), d.effectiveOn());
        }
        if (changes.seriesMembers() != null) {
            arrangeSeries(itemId, changes.seriesMembers());
        }
        if (changes.topics() != null) {
            setTopics(itemId, changes.topics());
        }
        categorise(itemId, changes.categorySlugs());
        tag(itemId, changes.tags());
        if (item.isVisibleAt(clock.now())) {
            em.flush();
            changed.fire(new ContentChanged(item.getId(), item.getType(), ContentChanged.Kind.UPDATED));
        }
    }

    /** The particulars of an official document (Decree 42/2022/ND-CP). */
    public OfficialDocument describeDocument(
            @NotNull Long itemId,
            @NotBlank @Size(max = OfficialDocument.BODY_MAX) String issuingBody,
            @NotBlank @Size(max = OfficialDocument.NUMBER_MAX) String numberSymbol,
            @NotNull LocalDate issuedOn,
            LocalDate effectiveOn) {
        editable(itemId, ContentType.DOCUMENT);
        if (effectiveOn != null && effectiveOn.isBefore(issuedOn)) {
            throw BusinessException.invalid("document.effectiveBeforeIssue");
        }
        var document = em.find(OfficialDocument.class, itemId);
        if (document == null) {
            document = new OfficialDocument(itemId, issuingBody.strip(), numberSymbol.strip(), issuedOn);
            document.takesEffectOn(effectiveOn);
            em.persist(document);
        } else {
            document.correct(issuingBody.strip(), numberSymbol.strip(), issuedOn, effectiveOn);
        }
        return document;
    }

    /** The series' articles in this order (news articles, each at most once). */
    public void arrangeSeries(@NotNull Long seriesId, @NotNull List<Long> articleIds) {
        editable(seriesId, ContentType.SERIES);
        var distinct = new ArrayList<>(new LinkedHashSet<>(articleIds));
        for (Long id : distinct) {
            var article = em.find(ContentItem.class, id);
            if (article == null || article.getType() != ContentType.NEWS) {
                throw BusinessException.invalid("series.memberNotArticle");
            }
        }
        em.createQuery("delete from SeriesEntry e where e.seriesId = :id")
                .setParameter("id", seriesId)
                .executeUpdate();
        for (int i = 0; i < distinct.size(); i++) {
            em.persist(new SeriesEntry(seriesId, distinct.get(i), i + 1));
        }
    }

    public void setTopics(@NotNull Long materialId, @NotNull Set<MaterialTopic> topics) {
        editable(materialId, ContentType.MATERIAL);
        em.createQuery("delete from ItemTopic t where t.itemId = :id")
                .setParameter("id", materialId)
                .executeUpdate();
        topics.forEach(topic -> em.persist(new ItemTopic(materialId, topic)));
    }

    /** Files the item under these categories (by slug); an unknown slug is refused. */
    public void categorise(@NotNull Long itemId, @NotNull Collection<String> categorySlugs) {
        editable(itemId, null);
        var ids = new LinkedHashSet<Long>();
        for (String slug : categorySlugs) {
            ids.add(em.createNamedQuery(Category.BY_SLUG, Category.class)
                    .setParameter("slug", slug)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> BusinessException.invalid("category.unknown", slug))
                    .getId());
        }
        em.createQuery("delete from ItemCategory c where c.itemId = :id")
                .setParameter("id", itemId)
                .executeUpdate();
        ids.forEach(id -> em.persist(new ItemCategory(itemId, id)));
    }

    /** Tags the item with these free words; "Tem QR" and "tem qr" are the same tag. */
    public void tag(@NotNull Long itemId, @NotNull Collection<@NotBlank @Size(max = Tag.MAX) String> words) {
        editable(itemId, null);
        em.createQuery("delete from ItemTag t where t.itemId = :id")
                .setParameter("id", itemId)
                .executeUpdate();
        var seen = new LinkedHashSet<Long>();
        for (String word : words) {
            String slug = Slugs.of(word, Tag.MAX);
            if (slug.isEmpty()) {
                throw BusinessException.invalid("tag.empty");
            }
            var tag = em.createNamedQuery(Tag.BY_SLUG, Tag.class)
                    .setParameter("slug", slug)
                    .getResultStream()
                    .findFirst()
                    .orElseGet(() -> {
                        var created = new Tag(slug, word.strip());
                        em.persist(created);
                        // The link row names the tag by id only, so the tag must reach the database first.
                        em.flush();
                        return created;
                    });
            if (seen.add(tag.getId())) {
                em.persist(new ItemTag(itemId, tag.getId()));
            }
        }
    }

    /** An article of a series, as the editors' form lists it. */
    public record Member(Long id, String title, ContentStatus status) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** What the details form shows of an item: each part empty when the item has none yet. */
    public record Current(
            OfficialDocument document,
            List<MaterialTopic> topics,
            List<String> categorySlugs,
            List<String> tagNames,
            List<Member> members) {}

    /** The item's type fields, categories and tags as they are now, whatever its status. */
    public Current current(@NotNull Long itemId) {
        editable(itemId, null);
        var topics = em.createQuery(
                        "select t.topic from ItemTopic t where t.itemId = :id order by t.topic", MaterialTopic.class)
                .setParameter("id", itemId)
                .getResultList();
        var categories = em.createQuery(
                        "select cat.slug from Category cat, ItemCategory ic where ic.categoryId = cat.id"
                                + " and ic.itemId = :id order by cat.id",
                        String.class)
                .setParameter("id", itemId)
                .getResultList();
        var tags = em.createQuery(
                        "select t.name from Tag t, ItemTag it where it.tagId = t.id and it.itemId = :id order by t.name",
                        String.class)
                .setParameter("id", itemId)
                .getResultList();
        var members = em.createQuery(
                        "select c.id, c.title, c.status from SeriesEntry e, ContentItem c where e.seriesId = :id"
                                + " and c.id = e.itemId order by e.position",
                        Object[].class)
                .setParameter("id", itemId)
                .getResultStream()
                .map(ContentDetailsService::member)
                .toList();
        return new Current(em.find(OfficialDocument.class, itemId), topics, categories, tags, members);
    }

    /**
     * Published (or scheduled) news whose title contains these words, case-insensitive, newest first, to add to a
     * series; the public series page shows each article once it is visible.
     */
    public List<Member> publishedArticles(String titlePart, @Min(1) @Max(50) int max) {
        String words = titlePart == null ? "" : titlePart.strip().toLowerCase(Locale.ROOT);
        // The words are matched literally: % and _ typed by the editor are not wildcards.
        String like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery(
                        "select c.id, c.title, c.status from ContentItem c where c.type = :type and c.status in :statuses"
                                + " and lower(c.title) like :like escape '\\' order by c.publishedAt desc, c.id desc",
                        Object[].class)
                .setParameter("type", ContentType.NEWS)
                .setParameter("statuses", ContentStatus.VISIBLE)
                .setParameter("like", like)
                .setMaxResults(max)
                .getResultStream()
                .map(ContentDetailsService::member)
                .toList();
    }

    private static Member member(Object[] row) {
        return new Member((Long) row[0], (String) row[1], (ContentStatus) row[2]);
    }

    private ContentItem editable(Long itemId, ContentType expected) {
        var item = em.find(ContentItem.class, itemId);
        if (item == null) {
            throw BusinessException.notFound("content.notFound");
        }
        if (expected != null && item.getType() != expected) {
            throw BusinessException.invalid("content.wrongType");
        }
        boolean editor = caller.isCallerInRole(RoleNames.EDITOR) || caller.isCallerInRole(RoleNames.ADMIN);
        if (!editor && item.getType() != ContentType.MATERIAL) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "content.trainerMaterialsOnly");
        }
        // A trainer edits the materials they wrote, as in the editorial workflow (ContentItem.mayEdit).
        if (!editor
                && !item.getAuthor()
                        .getId()
                        .toString()
                        .equals(caller.getCallerPrincipal().getName())) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "content.trainerOwnOnly");
        }
        return item;
    }
}

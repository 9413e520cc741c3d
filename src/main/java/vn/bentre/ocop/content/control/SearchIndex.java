package vn.bentre.ocop.content.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.bentre.ocop.content.entity.ContentChanged;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentStatus;
import vn.bentre.ocop.content.entity.SearchEntry;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * Keeps the search index (table {@code search_entry}) in step with what readers may see. The workflow's
 * {@link ContentChanged} is observed synchronously, so the entry changes in the very transaction that published,
 * updated or withdrew the item: a rolled-back publication leaves no entry behind, on any node.
 */
@Stateless
public class SearchIndex {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    public void onContentChanged(@Observes ContentChanged change) {
        switch (change.kind()) {
            case PUBLISHED, UPDATED -> {
                var item = em.find(ContentItem.class, change.itemId());
                if (item != null && item.isVisibleAt(clock.now())) {
                    index(item);
                } else {
                    remove(change.itemId());
                }
            }
            case WITHDRAWN -> remove(change.itemId());
        }
    }

    /** Creates or replaces the entry of a visible item. */
    public void index(ContentItem item) {
        var entry = em.find(SearchEntry.class, item.getId());
        boolean fresh = entry == null;
        if (fresh) {
            entry = new SearchEntry(item.getId());
        }
        var texts = SearchTexts.of(item.getTitle(), item.getSummary(), item.getBody());
        entry.describe(
                item.getType(),
                item.getLanguage(),
                item.getSlug(),
                texts.title(),
                texts.titleLower(),
                texts.titleFolded(),
                texts.bodyText(),
                texts.textLower(),
                texts.textFolded(),
                item.getPublishedAt(),
                clock.now());
        if (fresh) {
            em.persist(entry);
        }
    }

    public void remove(long itemId) {
        var entry = em.find(SearchEntry.class, itemId);
        if (entry != null) {
            em.remove(entry);
        }
    }

    /** Indexes the next {@code size} visible items after id {@code afterId}; returns their ids, ascending. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> indexBatch(long afterId, int size) {
        var items = em.createQuery(
                        "select c from ContentItem c where c.id > :after and" + ContentItem.VISIBLE_TO_READERS
                                + " order by c.id",
                        ContentItem.class)
                .setParameter("after", afterId)
                .setParameter("statuses", ContentStatus.VISIBLE)
                .setParameter("now", clock.now())
                .setMaxResults(size)
                .getResultList();
        items.forEach(this::index);
        return items.stream().map(ContentItem::getId).toList();
    }

    /** Removes the entries of items that are no longer visible (missed events, expired items). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int removeInvisible() {
        return em.createQuery("delete from SearchEntry e where e.itemId not in (select c.id from ContentItem c"
                        + " where" + ContentItem.VISIBLE_TO_READERS + ")")
                .setParameter("statuses", ContentStatus.VISIBLE)
                .setParameter("now", clock.now())
                .executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long visibleItems() {
        return em.createQuery("select count(c) from ContentItem c where" + ContentItem.VISIBLE_TO_READERS, Long.class)
                .setParameter("statuses", ContentStatus.VISIBLE)
                .setParameter("now", clock.now())
                .getSingleResult();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long entries() {
        return em.createNamedQuery(SearchEntry.COUNT, Long.class).getSingleResult();
    }
}

package vn.bentre.ocop.content;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.bentre.ocop.content.entity.ContentChanged;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.platform.entity.OutboxMail;

/** Test helper deployed with {@code SubscriptionIT}: publishes as the workflow does, and reads the outbox. */
@Stateless
@PermitAll
public class TestSubscriptions {

    @Inject
    Event<ContentChanged> changes;

    @PersistenceContext
    EntityManager em;

    /** Announces that a published demo item of this type was just published (as the workflow would). */
    public ContentItem announceNewest(ContentType type) {
        var item = em.createQuery(
                        "select c from ContentItem c where c.type = :type order by c.publishedAt desc",
                        ContentItem.class)
                .setParameter("type", type)
                .setMaxResults(1)
                .getSingleResult();
        changes.fire(new ContentChanged(item.getId(), type, ContentChanged.Kind.PUBLISHED));
        return item;
    }

    /** A published news article that belongs to a published series (the demo data has one). */
    public record SeriesMember(long itemId, String series) {}

    public SeriesMember newsInASeries() {
        Object[] row = (Object[]) em.createNativeQuery("select si.item_id, s.slug from content_series_item si"
                        + " join content_item s on s.id = si.series_id join content_item n on n.id = si.item_id"
                        + " where s.status = 'PUBLISHED' and n.item_type = 'NEWS' order by si.position")
                .setMaxResults(1)
                .getSingleResult();
        return new SeriesMember(((Number) row[0]).longValue(), (String) row[1]);
    }

    public void announce(long itemId, ContentType type) {
        changes.fire(new ContentChanged(itemId, type, ContentChanged.Kind.PUBLISHED));
    }

    public List<OutboxMail> mailsTo(String recipient) {
        return em.createQuery("select m from OutboxMail m where m.recipient = :r order by m.id", OutboxMail.class)
                .setParameter("r", recipient)
                .getResultList();
    }
}

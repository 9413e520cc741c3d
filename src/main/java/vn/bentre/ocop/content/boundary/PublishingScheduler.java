package vn.bentre.ocop.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import vn.bentre.ocop.content.entity.ContentChanged;
import vn.bentre.ocop.content.entity.ContentStatus;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.platform.control.AuditLog;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * Publishes scheduled items when their minute comes and withdraws expired ones. The timer is non-persistent and
 * runs on every node at second 0 of each minute; each change is a conditional update on the item's current
 * status, so when several nodes sweep at once exactly one of them changes an item and fires its event.
 */
@Stateless
@PermitAll // the container's timer calls it with no caller; it only does what the clock already demands
public class PublishingScheduler {

    private static final Logger LOG = Logger.getLogger(PublishingScheduler.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    Event<ContentChanged> changed;

    @Inject
    AuditLog audit;

    @Schedule(second = "0", minute = "*", hour = "*", persistent = false, info = "content publishing sweep")
    void everyMinute() {
        sweep();
    }

    /** One sweep; returns how many items this node changed. */
    public int sweep() {
        var now = clock.now();
        int count = 0;
        for (Object[] due : candidates(
                "select c.id, c.type from ContentItem c where c.status = :status and c.publishedAt <= :now",
                List.of(ContentStatus.SCHEDULED),
                now)) {
            int won = em.createQuery("update ContentItem c set c.status = :published, c.updatedAt = :now,"
                            + " c.version = c.version + 1 where c.id = :id and c.status = :scheduled")
                    .setParameter("published", ContentStatus.PUBLISHED)
                    .setParameter("scheduled", ContentStatus.SCHEDULED)
                    .setParameter("now", now)
                    .setParameter("id", due[0])
                    .executeUpdate();
            count += fire(won, due, ContentChanged.Kind.PUBLISHED);
        }
        for (Object[] expired : candidates(
                "select c.id, c.type from ContentItem c where c.status in :status and c.expiresAt <= :now",
                ContentStatus.VISIBLE,
                now)) {
            int won = em.createQuery("update ContentItem c set c.status = :archived, c.updatedAt = :now,"
                            + " c.version = c.version + 1 where c.id = :id and c.status in :visible"
                            + " and c.expiresAt <= :now")
                    .setParameter("archived", ContentStatus.ARCHIVED)
                    .setParameter("visible", ContentStatus.VISIBLE)
                    .setParameter("now", now)
                    .setParameter("id", expired[0])
                    .executeUpdate();
            count += fire(won, expired, ContentChanged.Kind.WITHDRAWN);
        }
        if (count > 0) {
            LOG.info(() -> "Publishing sweep at " + now + " changed items");
        }
        return count;
    }

    private List<Object[]> candidates(String query, List<ContentStatus> statuses, LocalDateTime now) {
        return em.createQuery(query, Object[].class)
                .setParameter("status", statuses.size() == 1 ? statuses.get(0) : statuses)
                .setParameter("now", now)
                .getResultList();
    }

    private int fire(int updated, Object[] row, ContentChanged.Kind kind) {
        if (updated == 1) {
            // The timer acts on its own: the entry has no actor (or the caller, when a sweep is asked for).
            audit.record(
                    kind == ContentChanged.Kind.PUBLISHED ? "CONTENT_PUBLISHED" : "CONTENT_EXPIRED",
                    EditorialService.SUBJECT,
                    (Long) row[0],
                    kind == ContentChanged.Kind.PUBLISHED ? "scheduled" : "expired");
            changed.fire(new ContentChanged((Long) row[0], (ContentType) row[1], kind));
        }
        return updated;
    }
}

package vn.bentre.ocop.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.MailSettings;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.RoleNames;
import vn.bentre.ocop.platform.entity.OutboxMail;

/** What administrators see and do with the outbox: read it, try a mail again, send what is due now. */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class OutboxService {

    public static final int MAX_PAGE = 100;

    public record Page(List<OutboxMail> mails, long total) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    OutboxDispatcher dispatcher;

    /** The mail server in use, if one is configured. */
    public Optional<String> mailServer() {
        return MailSettings.from(ConfigProvider.getConfig()).map(s -> s.host() + ":" + s.port());
    }

    public Map<OutboxMail.Status, Long> counts() {
        var counts = new EnumMap<OutboxMail.Status, Long>(OutboxMail.Status.class);
        for (var status : OutboxMail.Status.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row :
                em.createNamedQuery(OutboxMail.COUNT_BY_STATUS, Object[].class).getResultList()) {
            counts.put((OutboxMail.Status) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Newest first, optionally of one status. */
    public Page find(OutboxMail.Status status, @Min(0) int first, @Min(1) @Max(MAX_PAGE) int max) {
        String where = status == null ? "" : " where m.status = :status";
        var page = em.createQuery(
                "select m from OutboxMail m" + where + " order by m.createdAt desc, m.id desc", OutboxMail.class);
        var count = em.createQuery("select count(m) from OutboxMail m" + where, Long.class);
        if (status != null) {
            page.setParameter("status", status);
            count.setParameter("status", status);
        }
        return new Page(page.setFirstResult(first).setMaxResults(max).getResultList(), count.getSingleResult());
    }

    public void retry(long id) {
        var mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            throw BusinessException.notFound("outbox.notFound");
        }
        mail.retryNow(clock.now());
    }

    /** Sends what is due at once, rather than at the next scheduled run. */
    public OutboxDispatcher.Run sendNow() {
        var settings = MailSettings.from(ConfigProvider.getConfig())
                .orElseThrow(() -> BusinessException.invalid("outbox.noServer"));
        return dispatcher.dispatch(settings);
    }
}

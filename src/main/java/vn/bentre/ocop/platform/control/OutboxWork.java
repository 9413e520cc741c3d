package vn.bentre.ocop.platform.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.bentre.ocop.platform.entity.OutboxMail;

/**
 * The steps of sending, each in its own short transaction, so that no transaction stays open while a mail
 * server is being talked to and a node that dies mid-way only delays a mail until its claim expires.
 */
@Stateless
@PermitAll
public class OutboxWork {

    /**
     * How long a claim protects a mail from other nodes while one node is sending it, and so how long a mail waits
     * when its node died mid-send ({@code portal.mail.claim-seconds}, 300 by default). Never below a minute: one
     * mail's SMTP exchange may take up to 50 s before its timeouts ({@link MailSettings}) give up.
     */
    static final Duration MINIMUM_CLAIM = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "portal.mail.claim-seconds", defaultValue = "300")
    long claimSeconds;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(int max) {
        return em.createNamedQuery(OutboxMail.DUE, Long.class)
                .setParameter("now", clock.now())
                .setMaxResults(max)
                .getResultList();
    }

    /** The mail if this node won it; empty if another node claimed or sent it first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OutboxMail> claim(long id) {
        var now = clock.now();
        int claimed = em.createNamedQuery(OutboxMail.CLAIM)
                .setParameter("id", id)
                .setParameter("now", now)
                .setParameter("until", now.plus(claim()))
                .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        var mail = em.find(OutboxMail.class, id);
        em.detach(mail);
        return Optional.of(mail);
    }

    Duration claim() {
        var configured = Duration.ofSeconds(claimSeconds);
        return configured.compareTo(MINIMUM_CLAIM) < 0 ? MINIMUM_CLAIM : configured;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(long id) {
        em.find(OutboxMail.class, id).markSent(clock.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, String error) {
        em.find(OutboxMail.class, id).markFailed(error, clock.now());
    }
}

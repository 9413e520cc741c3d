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
import java.util.UUID;
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

    /**
     * Claims these mails with one conditional update and returns the ones this node won, in queue order: a mail
     * another node claimed or sent first is left out. The claim's token tells this node's rows from theirs.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Claim claim(List<Long> ids) {
        if (ids.isEmpty()) {
            return new Claim("", List.of());
        }
        var now = clock.now();
        String token = UUID.randomUUID().toString();
        int claimed = em.createNamedQuery(OutboxMail.CLAIM)
                .setParameter("ids", ids)
                .setParameter("token", token)
                .setParameter("now", now)
                .setParameter("until", now.plus(claim()))
                .executeUpdate();
        if (claimed == 0) {
            return new Claim(token, List.of());
        }
        var mails = em.createNamedQuery(OutboxMail.CLAIMED, OutboxMail.class)
                .setParameter("token", token)
                .setParameter("ids", ids)
                .getResultList();
        mails.forEach(em::detach);
        return new Claim(token, mails);
    }

    /** A batch this node holds: its token and its mails, in queue order. */
    public record Claim(String token, List<OutboxMail> mails) {}

    Duration claim() {
        var configured = Duration.ofSeconds(claimSeconds);
        return configured.compareTo(MINIMUM_CLAIM) < 0 ? MINIMUM_CLAIM : configured;
    }

    /** Marks a mail sent, in one statement, as soon as the server took it (a crash after this never resends it). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(long id) {
        em.createNamedQuery(OutboxMail.MARK_SENT)
                .setParameter("id", id)
                .setParameter("now", clock.now())
                .executeUpdate();
    }

    /** A failed attempt; {@code refused}: the server refused the mail for good (see {@link OutboxMail}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, String error, boolean refused) {
        em.find(OutboxMail.class, id).markFailed(error, refused, clock.now());
    }

    /** Gives back the claimed mails of a batch not tried (the server went away), so they are due again at once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String token, List<Long> ids) {
        if (!ids.isEmpty()) {
            em
                    .createNamedQuery(OutboxMail.CLAIMED, OutboxMail.class)
                    .setParameter("token", token)
                    .setParameter("ids", ids)
                    .getResultList()
                    .stream()
                    .filter(mail -> mail.getStatus() == OutboxMail.Status.PENDING)
                    .forEach(OutboxMail::release);
        }
    }
}

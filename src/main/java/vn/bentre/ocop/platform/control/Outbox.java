package vn.bentre.ocop.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.bentre.ocop.platform.entity.OutboxMail;

/**
 * Puts a mail in the outbox within the caller's transaction: it is sent only if the caller's change commits,
 * and a failing mail server can never undo that change. Once such a transaction commits, the dispatcher is woken
 * ({@link MailQueued}, once per transaction however many mails it queued) and sends without waiting for its timer.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    Event<MailQueued> queued;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public OutboxMail enqueue(String category, String recipient, String subject, String text, String html) {
        var mail = new OutboxMail(category, recipient, subject, text, html, clock.now());
        em.persist(mail);
        if (transactions.getResource(MailQueued.class) == null) {
            transactions.putResource(MailQueued.class, Boolean.TRUE);
            queued.fire(new MailQueued());
        }
        return mail;
    }
}

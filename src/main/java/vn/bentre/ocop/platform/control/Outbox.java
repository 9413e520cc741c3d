package vn.bentre.ocop.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.bentre.ocop.platform.entity.OutboxMail;

/**
 * Puts a mail in the outbox within the caller's transaction: it is sent only if the caller's change commits,
 * and a failing mail server can never undo that change.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    public OutboxMail enqueue(String category, String recipient, String subject, String text, String html) {
        var mail = new OutboxMail(category, recipient, subject, text, html, clock.now());
        em.persist(mail);
        return mail;
    }
}

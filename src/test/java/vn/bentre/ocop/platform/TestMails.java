package vn.bentre.ocop.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.bentre.ocop.platform.control.Outbox;
import vn.bentre.ocop.platform.entity.OutboxMail;

/** Test helper deployed with {@code OutboxIT}: enqueues mails as a business service would, and reads them back. */
@Stateless
@PermitAll
public class TestMails {

    @Inject
    Outbox outbox;

    @PersistenceContext
    EntityManager em;

    public long enqueue(String recipient, String subject, byte[] attachment) {
        var mail = outbox.enqueue(
                "TEST",
                recipient,
                subject,
                "Kính gửi anh/chị,\nĐây là thư thử nghiệm.",
                "<p>Kính gửi anh/chị,</p><p>Đây là <strong>thư thử nghiệm</strong>.</p>");
        if (attachment != null) {
            mail.attach("lich-hoc.ics", "text/calendar; charset=UTF-8", attachment);
        }
        em.flush();
        return mail.getId();
    }

    public long enqueueThenFail(String recipient) {
        enqueue(recipient, "Không được gửi", null);
        throw new IllegalStateException("the business change fails after enqueueing");
    }

    /**
     * As if {@code minutes} passed for every waiting mail: its queueing time, next attempt and claim move that far
     * into the past (the portal's clock itself cannot be moved inside a running server).
     */
    public void timePasses(int minutes) {
        em.createNativeQuery("update mail_outbox set created_at = created_at - interval '" + minutes + "' minute,"
                        + " next_attempt_at = next_attempt_at - interval '" + minutes + "' minute,"
                        + " claimed_until = claimed_until - interval '" + minutes + "' minute where status = 'PENDING'")
                .executeUpdate();
    }

    public OutboxMail find(long id) {
        return em.find(OutboxMail.class, id);
    }

    public long countTo(String recipient) {
        return em.createQuery("select count(m) from OutboxMail m where m.recipient = :r", Long.class)
                .setParameter("r", recipient)
                .getSingleResult();
    }
}

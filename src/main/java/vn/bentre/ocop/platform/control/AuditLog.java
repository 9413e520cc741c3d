package vn.bentre.ocop.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import vn.bentre.ocop.platform.entity.AuditEntry;

/**
 * Writes audit entries within the caller's transaction, so an entry exists exactly when the change it records
 * committed. The actor is the signed-in caller (whose principal name is the account id), or nobody when the system
 * acts on its own (timers, start-up).
 *
 * <p>Actions are upper-case verbs with their area, e.g. {@code CONTENT_PUBLISHED}, {@code ENROLMENT_REMOVED},
 * {@code ROLES_CHANGED}; subject types name the entity, e.g. {@code CONTENT}, {@code ENROLMENT}, {@code ACCOUNT}.
 * The admin page shows them through bundle keys {@code audit.action.<ACTION>}.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    SecurityContext security;

    public AuditEntry record(String action, String subjectType, Long subjectId, String detail) {
        var entry = new AuditEntry(clock.now(), callerId(), action, subjectType, subjectId, detail);
        em.persist(entry);
        return entry;
    }

    private Long callerId() {
        var principal = security.getCallerPrincipal();
        if (principal == null) {
            return null;
        }
        try {
            return Long.valueOf(principal.getName());
        } catch (NumberFormatException notAnAccount) {
            return null;
        }
    }
}

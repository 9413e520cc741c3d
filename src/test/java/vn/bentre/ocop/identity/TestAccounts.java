package vn.bentre.ocop.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.bentre.ocop.identity.entity.Account;

/** Test helper deployed with the in-container tests: reads accounts as they are in the database. */
@Stateless
@PermitAll
public class TestAccounts {

    @PersistenceContext
    EntityManager em;

    public Account byEmail(String email) {
        var account = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getSingleResult();
        account.getRoles().size();
        return account;
    }

    /** The categories of the mails in the outbox for {@code recipient}, oldest first. */
    public List<String> mailCategories(String recipient) {
        return em.createQuery(
                        "select m.category from OutboxMail m where m.recipient = :recipient order by m.id",
                        String.class)
                .setParameter("recipient", recipient)
                .getResultList();
    }

    public long accountsWithEmail(String email) {
        return em.createQuery("select count(a) from Account a where a.email = :email", Long.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getSingleResult();
    }

    public void disable(String email) {
        byEmail(email).disable();
    }
}

package vn.bentre.ocop.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    public void disable(String email) {
        byEmail(email).disable();
    }
}

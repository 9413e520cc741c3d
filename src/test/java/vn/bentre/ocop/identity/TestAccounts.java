package vn.bentre.ocop.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.Role;

/** Test helper deployed with the in-container tests: reads accounts as they are in the database. */
@Stateless
@PermitAll
public class TestAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

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

    /** A learner whose stored hash is {@code passwordHash} as given (accounts of old, or many at once). */
    public void create(String email, String passwordHash) {
        em.persist(new Account(email, "Học Viên Thử", passwordHash, Set.of(Role.LEARNER), LocalDateTime.now()));
    }

    /**
     * Replaces the stored hash with a PBKDF2-HMAC-SHA256 one made by Jakarta Security at 600,000 iterations: the
     * portal's own hashes before Argon2id, in the very form they were stored.
     */
    public String storeOldPbkdf2Hash(String email, String password) {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", "600000",
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        String hash = pbkdf2.generate(password.toCharArray());
        byEmail(email).changePasswordHash(hash);
        return hash;
    }
}

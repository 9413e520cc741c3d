package vn.bentre.ocop.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import vn.bentre.ocop.identity.control.PasswordHasher;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * Checks a sign-in attempt and keeps the count of failures in the database, under a row lock, so throttling
 * holds across every node of the portal.
 */
@Stateless
@PermitAll
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());

    /** Who signed in: the principal name is the account id, which never changes. */
    public record SignedIn(long accountId, Set<Role> roles) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PortalClock clock;

    public Optional<SignedIn> authenticate(String email, String password) {
        var found = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return Optional.empty();
        }
        var account = em.find(Account.class, found.get().getId(), LockModeType.PESSIMISTIC_WRITE);
        var now = clock.now();
        if (!account.isEnabled() || account.isLocked(now)) {
            hasher.verifyDecoy(password);
            return Optional.empty();
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            account.recordFailedLogin(now);
            if (account.isLocked(now)) {
                LOG.warning(() -> "Account " + account.getId() + " locked after " + account.getFailedLogins()
                        + " failed sign-ins");
            }
            return Optional.empty();
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.changePasswordHash(hasher.hash(password));
        }
        account.recordSuccessfulLogin(now);
        return Optional.of(new SignedIn(account.getId(), account.getRoles()));
    }
}

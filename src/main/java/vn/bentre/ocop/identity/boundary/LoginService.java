package vn.bentre.ocop.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import vn.bentre.ocop.identity.control.PasswordHasher;
import vn.bentre.ocop.identity.control.SignInThrottle;
import vn.bentre.ocop.identity.control.SignInThrottle.SignedIn;

/**
 * Checks a sign-in attempt against the throttle kept in the database ({@link SignInThrottle}: per source address and
 * per e-mail, a progressive delay, never a lock the owner cannot get through), so it holds across every node. The
 * password is hashed outside any transaction: no row stays locked while a hash is computed, nor while it waits for
 * its turn ({@link PasswordHasher} computes a few at a time).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoginService {

    /**
     * What came of an attempt: signed in, refused, refused unchecked because it came too soon, or not checked because
     * no turn to hash came in time ({@code busy}: nothing is counted against anyone, try again in a moment).
     */
    public record Outcome(Optional<SignedIn> signedIn, Optional<Duration> retryAfter, boolean busy) {

        static Outcome refused() {
            return new Outcome(Optional.empty(), Optional.empty(), false);
        }

        static Outcome tooSoon(Duration wait) {
            return new Outcome(Optional.empty(), Optional.of(wait), false);
        }

        static Outcome notChecked() {
            return new Outcome(Optional.empty(), Optional.empty(), true);
        }
    }

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInThrottle throttle;

    /** An attempt from inside the server (tests, tools): counted under the source {@code in-process}. */
    public Optional<SignedIn> authenticate(String email, String password) {
        return attempt(email, password, "in-process").signedIn();
    }

    public Outcome attempt(String email, String password, String source) {
        String typed = email == null ? "" : email;
        var admission = throttle.admit(typed, source);
        try {
            if (admission.retryAfter().isPresent()) {
                hasher.verifyDecoy(password); // a throttled answer takes as long as a checked one
                return Outcome.tooSoon(admission.retryAfter().get());
            }
            if (admission.accountId() == null || !admission.enabled()) {
                hasher.verifyDecoy(password);
                throttle.failed(typed, source);
                return Outcome.refused();
            }
            if (!hasher.verify(password, admission.passwordHash())) {
                throttle.failed(typed, source);
                return Outcome.refused();
            }
            // an old PBKDF2 hash (or Argon2id with weaker settings) is re-made now that the password is known
            String rehash = hasher.needsRehash(admission.passwordHash()) ? hasher.hash(password) : null;
            return new Outcome(
                    Optional.of(throttle.succeeded(admission.accountId(), typed, source, rehash)),
                    Optional.empty(),
                    false);
        } catch (PasswordHasher.Busy busy) {
            if (admission.retryAfter().isEmpty()) {
                throttle.notChecked(typed);
            }
            return Outcome.notChecked();
        }
    }
}

package vn.bentre.ocop.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.RateBucket;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.platform.control.Language;
import vn.bentre.ocop.platform.control.Messages;
import vn.bentre.ocop.platform.control.Outbox;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.Site;

/**
 * The sign-in throttle, in short transactions of its own so that no row stays locked while a password is hashed
 * (a room of learners behind one address would otherwise queue behind each other's hashes). Two buckets:
 * <ul>
 *   <li>the typed e-mail (known or not, so the throttle tells nothing about which addresses have accounts): every
 *       attempt is counted <em>before</em> its password is checked, so guesses sent in parallel at one account are all
 *       counted; a good password clears the count;
 *   <li>the source address: only <em>failures</em> are counted, once the password has been found wrong, so a room of
 *       learners behind one address signing in at the same moment is never refused however many they are (counting
 *       them all before their check, as the e-mail's bucket does, refused the 21st of a class signing in together).
 *       Its row is only read, not locked, on the way in: sign-ins from one address do not queue behind each other.
 * </ul>
 * Nothing is ever locked for good: the e-mail's wait never exceeds a minute, and an address the account signed in
 * from before does not wait for it at all.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    /** The owner is told about a throttled account at most once a day. */
    static final Duration NOTIFY_EVERY = Duration.ofHours(24);

    /** What the password check needs: a wait (refused unchecked), or the account as it was (none if unknown). */
    public record Admission(Optional<Duration> retryAfter, Long accountId, String passwordHash, boolean enabled) {}

    /** Who signed in, and whether it was their first sign-in ever (a new learner is greeted). */
    public record SignedIn(long accountId, Set<Role> roles, String fullName, boolean firstSignIn) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    RateBuckets buckets;

    @Inject
    PortalClock clock;

    @Inject
    Outbox outbox;

    @Inject
    Site site;

    public static String sourceKey(String source) {
        return "source:" + source;
    }

    public static String accountKey(String email) {
        return "account:" + Account.normaliseEmail(email);
    }

    static String knownKey(long accountId, String source) {
        return "known:" + accountId + ":" + source;
    }

    @Transactional
    public Admission admit(String email, String source) {
        var now = clock.now();
        var account = byEmail(email);
        boolean known = account.isPresent() && isKnown(account.get().getId(), source);
        var bySource = buckets.peek(sourceKey(source));
        var byAccount = buckets.lockOne(accountKey(email), now);
        var wait = longer(
                bySource == null ? Optional.empty() : bySource.waitBefore(now),
                known ? Optional.empty() : byAccount.waitBefore(now));
        if (wait.isPresent()) {
            return new Admission(wait, null, null, false);
        }
        byAccount.hit(RateBucket.ACCOUNT, now);
        return account.map(a -> new Admission(Optional.empty(), a.getId(), a.getPasswordHash(), a.isEnabled()))
                .orElseGet(() -> new Admission(Optional.empty(), null, null, false));
    }

    /**
     * A wrong password (or an unknown e-mail): the e-mail's attempt stays counted and the source's failure is counted.
     * When it is the e-mail's throttle that started, the owner gets a mail, written to the outbox in the same
     * transaction as the bucket's note of it.
     */
    @Transactional
    public void failed(String email, String source) {
        var now = clock.now();
        var locked = buckets.lock(now, sourceKey(source), accountKey(email));
        locked.get(RateBucket.key(sourceKey(source))).hit(RateBucket.SOURCE, now);
        var byAccount = locked.get(RateBucket.key(accountKey(email)));
        if (!byAccount.isThrottled(RateBucket.ACCOUNT, now) || !byAccount.shouldNotify(now, NOTIFY_EVERY)) {
            return;
        }
        var account = byEmail(email);
        if (account.isEmpty() || !account.get().isEnabled()) {
            return;
        }
        byAccount.notified(now);
        LOG.warning(() -> "Sign-ins to account " + account.get().getId() + " are throttled after " + byAccount.getHits()
                + " failures; the owner is told by mail");
        outbox.enqueue(
                "SIGN_IN_THROTTLED",
                account.get().getEmail(),
                Messages.get(Language.VIETNAMESE, "login.mail.throttled.subject"),
                Messages.get(
                        Language.VIETNAMESE,
                        "login.mail.throttled.text",
                        account.get().getFullName(),
                        byAccount.getHits(),
                        account.get().getEmail(),
                        site.getBaseUrl() + "/dang-nhap"),
                null);
    }

    /** A good password: the e-mail's count is cleared and the source remembered (its count was never touched). */
    @Transactional
    public SignedIn succeeded(long accountId, String email, String source, String newHash) {
        var now = clock.now();
        var account = em.find(Account.class, accountId);
        boolean first = account.getLastLoginAt() == null;
        if (newHash != null) {
            account.changePasswordHash(newHash);
        }
        account.recordSuccessfulLogin(now);
        var locked = buckets.lock(now, accountKey(email), knownKey(accountId, source));
        locked.get(RateBucket.key(accountKey(email))).clear();
        locked.get(RateBucket.key(knownKey(accountId, source))).touch(now);
        return new SignedIn(accountId, account.getRoles(), account.getFullName(), first);
    }

    /** The password was never checked (the server was too busy to hash it): the e-mail's attempt is taken back. */
    @Transactional
    public void notChecked(String email) {
        buckets.lockOne(accountKey(email), clock.now()).forgive(RateBucket.ACCOUNT);
    }

    /** An administrator lifts an account's throttle (the attackers' own source addresses stay throttled). */
    public void lift(String email) {
        buckets.lockOne(accountKey(email), clock.now()).clear();
    }

    /** Which of these e-mails are being throttled now. */
    public Set<String> throttled(List<String> emails) {
        var now = clock.now();
        return buckets.peek(emails.stream().map(SignInThrottle::accountKey).toList()).stream()
                .filter(b -> b.isThrottled(RateBucket.ACCOUNT, now))
                .map(b -> b.getBucket().substring("account:".length()))
                .collect(Collectors.toSet());
    }

    private boolean isKnown(long accountId, String source) {
        var known = buckets.peek(knownKey(accountId, source));
        return known != null && known.touchedWithin(RateBucket.KNOWN_FOR, clock.now());
    }

    private Optional<Account> byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getResultStream()
                .findFirst();
    }

    private static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().compareTo(b.get()) >= 0 ? a : b;
    }
}

package vn.bentre.ocop.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A counter of attempts kept in the database (so every node sharing it sees the same count), locked while it is
 * changed. It owns the throttling rules: how many attempts pass freely, how long the wait grows after that, and when
 * the count is forgotten; and, for windows such as registrations per hour, how many fit in one window.
 */
@Entity
@Table(name = "rate_limit")
public class RateBucket {

    public static final int KEY_MAX = 400;

    /**
     * A progressive delay: the first {@code freeHits - 1} attempts pass at once; from the {@code freeHits}-th the next
     * attempt must wait {@code firstDelay}, twice as long after every further one, never longer than
     * {@code longestDelay}; after {@code forgetAfter} without an attempt the count starts again.
     */
    public record Rule(int freeHits, Duration firstDelay, Duration longestDelay, Duration forgetAfter) {

        public Optional<Duration> delayAfter(int hits) {
            if (hits < freeHits) {
                return Optional.empty();
            }
            int doublings = Math.min(hits - freeHits, 30);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return Optional.of(delay.compareTo(longestDelay) > 0 ? longestDelay : delay);
        }
    }

    /**
     * Failed sign-ins from one network address, whatever the account: a guesser on one address is slowed to one try
     * every 15 minutes, while a room of learners behind one address (a training hall) has room for typos.
     */
    public static final Rule SOURCE = new Rule(20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));

    /**
     * Failed sign-ins to one e-mail address from anywhere: slows guessers spread over many addresses, but never makes
     * the owner wait more than a minute (and not at all from an address they signed in from before).
     */
    public static final Rule ACCOUNT = new Rule(5, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1));

    /** An address the account signed in from within this time is known, and its owner is not slowed there. */
    public static final Duration KNOWN_FOR = Duration.ofDays(180);

    @Id
    @Column(name = "bucket", length = KEY_MAX)
    private String bucket;

    @Column(nullable = false)
    private int hits;

    @Column(name = "window_start", nullable = false)
    private LocalDateTime windowStart;

    @Column(name = "last_hit_at", nullable = false)
    private LocalDateTime lastHitAt;

    @Column(name = "blocked_until")
    private LocalDateTime blockedUntil;

    @Column(name = "notified_at")
    private LocalDateTime notifiedAt;

    protected RateBucket() {
        // for JPA
    }

    public RateBucket(String bucket, LocalDateTime now) {
        this.bucket = key(bucket);
        this.windowStart = now;
        this.lastHitAt = now;
    }

    /** A bucket's key, cut to what the column holds (a typed e-mail may be anything a client sends). */
    public static String key(String bucket) {
        return bucket.length() <= KEY_MAX ? bucket : bucket.substring(0, KEY_MAX);
    }

    /** How long the next attempt must still wait, if at all. */
    public Optional<Duration> waitBefore(LocalDateTime now) {
        return blockedUntil != null && now.isBefore(blockedUntil)
                ? Optional.of(Duration.between(now, blockedUntil))
                : Optional.empty();
    }

    /** Counts an attempt under {@code rule}: the next one waits as long as the rule says after this many. */
    public void hit(Rule rule, LocalDateTime now) {
        if (!lastHitAt.plus(rule.forgetAfter()).isAfter(now)) {
            hits = 0;
            windowStart = now;
        }
        hits++;
        lastHitAt = now;
        blockedUntil = rule.delayAfter(hits).map(now::plus).orElse(null);
    }

    /** Takes back one counted attempt (it was never checked), with the wait that fits the lower count. */
    public void forgive(Rule rule) {
        hits = Math.max(0, hits - 1);
        blockedUntil = rule.delayAfter(hits).map(lastHitAt::plus).orElse(null);
    }

    /** Forgets every counted attempt: a successful sign-in, or an administrator lifting the throttle. */
    public void clear() {
        hits = 0;
        blockedUntil = null;
    }

    /** Whether attempts are being slowed now (the count reached the rule's free hits and is not forgotten yet). */
    public boolean isThrottled(Rule rule, LocalDateTime now) {
        return hits >= rule.freeHits() && lastHitAt.plus(rule.forgetAfter()).isAfter(now);
    }

    /** Whether the owner should be told (again) about this throttle: at most once every {@code every}. */
    public boolean shouldNotify(LocalDateTime now, Duration every) {
        return notifiedAt == null || !notifiedAt.plus(every).isAfter(now);
    }

    public void notified(LocalDateTime now) {
        notifiedAt = now;
    }

    /**
     * Takes one place in a fixed window ({@code limit} per {@code window}, the window starting at its first attempt);
     * {@code false}, counting nothing, when the window is full.
     */
    public boolean takeInWindow(int limit, Duration window, LocalDateTime now) {
        if (!windowStart.plus(window).isAfter(now)) {
            hits = 0;
            windowStart = now;
        }
        if (hits >= limit) {
            return false;
        }
        hits++;
        lastHitAt = now;
        return true;
    }

    /** How long until the current window ends. */
    public Duration windowLeft(Duration window, LocalDateTime now) {
        var left = Duration.between(now, windowStart.plus(window));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Records a use of the bucket without counting (an address an account signed in from). */
    public void touch(LocalDateTime now) {
        lastHitAt = now;
    }

    public boolean touchedWithin(Duration period, LocalDateTime now) {
        return lastHitAt.plus(period).isAfter(now);
    }

    public String getBucket() {
        return bucket;
    }

    public int getHits() {
        return hits;
    }

    public LocalDateTime getBlockedUntil() {
        return blockedUntil;
    }

    public LocalDateTime getNotifiedAt() {
        return notifiedAt;
    }
}

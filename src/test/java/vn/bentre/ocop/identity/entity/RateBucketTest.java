package vn.bentre.ocop.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The throttling rules: progressive delays that never become a lock, and fixed windows for registrations. */
class RateBucketTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 5, 8, 0);

    @Test
    void anAccountWaitsFromTheFifthFailureDoublingButNeverMoreThanAMinute() {
        var rule = RateBucket.ACCOUNT;
        assertThat(rule.delayAfter(4)).isEmpty();
        assertThat(rule.delayAfter(5)).contains(Duration.ofSeconds(1));
        assertThat(rule.delayAfter(6)).contains(Duration.ofSeconds(2));
        assertThat(rule.delayAfter(10)).contains(Duration.ofSeconds(32));
        assertThat(rule.delayAfter(11)).contains(Duration.ofMinutes(1));
        assertThat(rule.delayAfter(1_000_000)).contains(Duration.ofMinutes(1));
    }

    @Test
    void aSourceHasRoomForARoomfulOfTyposThenWaitsUpToFifteenMinutes() {
        var rule = RateBucket.SOURCE;
        assertThat(rule.delayAfter(19)).isEmpty();
        assertThat(rule.delayAfter(20)).contains(Duration.ofSeconds(1));
        assertThat(rule.delayAfter(29)).contains(Duration.ofSeconds(512));
        assertThat(rule.delayAfter(30)).contains(Duration.ofMinutes(15));
        assertThat(rule.delayAfter(Integer.MAX_VALUE)).contains(Duration.ofMinutes(15));
    }

    @Test
    void oneWrongTryEveryFifteenMinutesNeverKeepsTheOwnerOutMoreThanAMinute() {
        var bucket = new RateBucket("account:chu.tai.khoan@example.vn", NOW);
        var at = NOW;
        for (int i = 0; i < 200; i++) { // fifty hours of an attacker's patient tries
            bucket.hit(RateBucket.ACCOUNT, at);
            at = at.plusMinutes(15);
        }
        var justAfter = at.minusMinutes(15).plusSeconds(1);

        assertThat(bucket.waitBefore(justAfter))
                .hasValueSatisfying(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(bucket.waitBefore(at.minusMinutes(14)))
                .as("a minute after the last try")
                .isEmpty();
    }

    @Test
    void attemptsAreCountedUntilTheWaitAndAnHourOfQuietForgetsThem() {
        var bucket = new RateBucket("account:a@example.vn", NOW);
        for (int i = 0; i < 5; i++) {
            bucket.hit(RateBucket.ACCOUNT, NOW);
        }

        assertThat(bucket.waitBefore(NOW)).contains(Duration.ofSeconds(1));
        assertThat(bucket.isThrottled(RateBucket.ACCOUNT, NOW)).isTrue();

        bucket.hit(RateBucket.ACCOUNT, NOW.plusHours(1));

        assertThat(bucket.getHits()).isEqualTo(1);
        assertThat(bucket.waitBefore(NOW.plusHours(1))).isEmpty();
        assertThat(bucket.isThrottled(RateBucket.ACCOUNT, NOW.plusHours(1))).isFalse();
    }

    @Test
    void aGoodPasswordTakesItsAttemptBackAndAnUnlockForgetsThemAll() {
        var bucket = new RateBucket("source:198.51.100.1", NOW);
        for (int i = 0; i < 20; i++) {
            bucket.hit(RateBucket.SOURCE, NOW);
        }
        assertThat(bucket.waitBefore(NOW)).contains(Duration.ofSeconds(1));

        bucket.forgive(RateBucket.SOURCE);

        assertThat(bucket.getHits()).isEqualTo(19);
        assertThat(bucket.waitBefore(NOW)).isEmpty();

        bucket.clear();
        assertThat(bucket.getHits()).isZero();
    }

    @Test
    void theOwnerIsToldAtMostOnceADay() {
        var bucket = new RateBucket("account:a@example.vn", NOW);
        assertThat(bucket.shouldNotify(NOW, Duration.ofHours(24))).isTrue();

        bucket.notified(NOW);

        assertThat(bucket.shouldNotify(NOW.plusHours(23), Duration.ofHours(24))).isFalse();
        assertThat(bucket.shouldNotify(NOW.plusHours(24), Duration.ofHours(24))).isTrue();
    }

    @Test
    void aWindowTakesItsLimitThenRefusesUntilItEnds() {
        var bucket = new RateBucket("register:203.0.113.9", NOW);
        for (int i = 0; i < 20; i++) {
            assertThat(bucket.takeInWindow(20, Duration.ofHours(1), NOW.plusMinutes(i)))
                    .isTrue();
        }

        assertThat(bucket.takeInWindow(20, Duration.ofHours(1), NOW.plusMinutes(30)))
                .isFalse();
        assertThat(bucket.windowLeft(Duration.ofHours(1), NOW.plusMinutes(30))).isEqualTo(Duration.ofMinutes(30));
        assertThat(bucket.takeInWindow(20, Duration.ofHours(1), NOW.plusHours(1)))
                .isTrue();
    }

    @Test
    void aHugeTypedAddressStillMakesAKeyTheColumnHolds() {
        assertThat(RateBucket.key("account:" + "a".repeat(5000))).hasSize(RateBucket.KEY_MAX);
    }
}

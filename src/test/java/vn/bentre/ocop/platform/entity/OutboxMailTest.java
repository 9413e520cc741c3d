package vn.bentre.ocop.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 8, 0);

    OutboxMail mail = new OutboxMail("TEST", "hocvien@example.vn", "Xác nhận đăng ký", "Nội dung", null, NOW);

    @Test
    void aNewMailIsDueAtOnce() {
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW);
    }

    @Test
    void pausesBetweenAttemptsDoubleUpToSixHours() {
        assertThat(OutboxMail.pauseAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxMail.pauseAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxMail.pauseAfter(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(OutboxMail.pauseAfter(9)).isEqualTo(Duration.ofHours(4).plusMinutes(16));
        assertThat(OutboxMail.pauseAfter(10)).isEqualTo(Duration.ofHours(6));
        assertThat(OutboxMail.pauseAfter(60)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void aFailureKeepsTheMailWaitingUntilTheLastAttempt() {
        mail.markFailed("Connection refused", NOW);

        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plusMinutes(1));
        assertThat(mail.getLastError()).isEqualTo("Connection refused");

        for (int i = 1; i < OutboxMail.MAX_ATTEMPTS; i++) {
            mail.markFailed("Connection refused", NOW);
        }
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.FAILED);
    }

    @Test
    void aMailTheServerRefusesForGoodIsGivenUpSooner() {
        for (int i = 1; i < OutboxMail.MAX_REFUSED_ATTEMPTS; i++) {
            mail.markFailed("550 5.1.1 no such mailbox", true, NOW);
            assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        }

        mail.markFailed("550 5.1.1 no such mailbox", true, NOW);

        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.FAILED);
        assertThat(mail.getAttempts())
                .isEqualTo(OutboxMail.MAX_REFUSED_ATTEMPTS)
                .isLessThan(OutboxMail.MAX_ATTEMPTS);
    }

    @Test
    void retryingAGivenUpMailMakesItDueWithFreshAttempts() {
        for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
            mail.markFailed("x".repeat(2000), NOW);
        }
        assertThat(mail.getLastError()).hasSize(OutboxMail.ERROR_MAX);

        mail.retryNow(NOW.plusDays(2));

        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plusDays(2));
    }

    @Test
    void aSentMailStaysSent() {
        mail.markSent(NOW);
        mail.retryNow(NOW.plusHours(1));

        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(mail.getSentAt()).isEqualTo(NOW);
    }
}

package vn.bentre.ocop.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * How long a mail waits when the node sending it died: {@code portal.mail.claim-seconds}, never so short that a
 * living node's slow SMTP exchange (up to 50 s before its timeouts) could be overtaken by another node sending the
 * same mail.
 */
class OutboxClaimTest {

    private static Duration claimFor(long seconds) {
        var work = new OutboxWork();
        work.claimSeconds = seconds;
        return work.claim();
    }

    @Test
    void theConfiguredClaimIsUsed() {
        assertThat(claimFor(300)).isEqualTo(Duration.ofMinutes(5));
        assertThat(claimFor(90)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aClaimShorterThanAMinuteIsRaisedToAMinute() {
        assertThat(claimFor(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(claimFor(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(claimFor(-30)).isEqualTo(Duration.ofMinutes(1));
    }
}

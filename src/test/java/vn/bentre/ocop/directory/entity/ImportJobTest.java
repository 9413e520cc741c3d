package vn.bentre.ocop.directory.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A killed import must read as failed within a minute of its node's last heartbeat, never 30 minutes later. */
class ImportJobTest {

    static final LocalDateTime START = LocalDateTime.of(2026, 12, 4, 9, 0);

    @Test
    void aRunningJobWithARecentHeartbeatIsAlive() {
        var job = new ImportJob("to-chuc.csv", 1_000, 1L, START);
        job.beat(START.plusMinutes(40));

        assertThat(job.isAbandoned(START.plusMinutes(40).plusSeconds(60))).isFalse();
    }

    @Test
    void aRunningJobWhoseHeartbeatStoppedOverAMinuteAgoIsAbandoned() {
        var job = new ImportJob("to-chuc.csv", 1_000, 1L, START);
        job.progress(25, START.plusSeconds(3));

        assertThat(job.isAbandoned(START.plusSeconds(63))).isFalse();
        assertThat(job.isAbandoned(START.plusSeconds(64)))
                .as("a node killed after its last heartbeat: failed within a minute, not after 30")
                .isTrue();
    }

    @Test
    void aHeartbeatNeverMovesBackwards() {
        var job = new ImportJob("to-chuc.csv", 10, 1L, START);
        job.beat(START.plusSeconds(30));
        job.beat(START.plusSeconds(10));

        assertThat(job.getHeartbeatAt()).isEqualTo(START.plusSeconds(30));
    }

    @Test
    void aFinishedJobIsNeverAbandoned() {
        var done = new ImportJob("to-chuc.csv", 10, 1L, START);
        done.succeed(10, START.plusSeconds(2));
        var failed = new ImportJob("loi.csv", 10, 1L, START);
        failed.fail("directory.import.failed", START.plusSeconds(2));

        assertThat(done.isAbandoned(START.plusHours(2))).isFalse();
        assertThat(failed.isAbandoned(START.plusHours(2))).isFalse();
    }
}

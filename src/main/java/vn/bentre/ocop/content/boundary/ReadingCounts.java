package vn.bentre.ocop.content.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.bentre.ocop.content.control.ReadingCounter;

/**
 * Writes the readings this node counted ({@link ReadingCounter}) every five seconds, so an editor sees an item's
 * count at most a few seconds late. Runs on every node, each writing its own counts (additions, so nothing is
 * counted twice); a batch the database refused is kept for the next one; what is left is written when the
 * portal stops.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReadingCounts {

    private static final Logger LOG = Logger.getLogger(ReadingCounts.class.getName());

    @Inject
    ReadingCounter readings;

    @Inject
    PublishedContentService published;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void onSchedule() {
        write();
    }

    /** Writes what was counted so far; returns the number of readings written. */
    public long write() {
        var batch = readings.drain();
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            published.addReadings(batch);
            return batch.values().stream().mapToLong(Long::longValue).sum();
        } catch (RuntimeException e) {
            readings.giveBack(batch);
            LOG.log(Level.FINE, "Readings kept for the next batch: " + e.getMessage());
            return 0;
        }
    }

    @PreDestroy
    void writeTheRest() {
        write();
    }
}

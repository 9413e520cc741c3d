package vn.bentre.ocop.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.bentre.ocop.platform.control.MailSettings;
import vn.bentre.ocop.platform.control.MailTransport;
import vn.bentre.ocop.platform.control.OutboxWork;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * Sends due mails from the outbox every 20 seconds. Runs on every node (a non-persistent timer); each mail is
 * claimed before it is sent, so two nodes never send the same one. With no mail server configured it does
 * nothing and the mails wait.
 */
@Singleton
@PermitAll
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final int BATCH = 50;

    /** A run stops taking new batches after this, leaving the rest to the next timer (every 20 s). */
    private static final Duration RUN_BUDGET = Duration.ofSeconds(15);

    /** What one run did. */
    public record Run(int sent, int failed) {}

    @Inject
    OutboxWork work;

    @Inject
    PortalClock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    void onSchedule() {
        MailSettings.from(ConfigProvider.getConfig()).ifPresent(this::dispatch);
    }

    /** Sends what is due now with these settings; skipped if a run is already going on this node. */
    public Run dispatch(MailSettings settings) {
        if (!running.compareAndSet(false, true)) {
            return new Run(0, 0);
        }
        int sent = 0;
        int failed = 0;
        long deadline = System.nanoTime() + RUN_BUDGET.toNanos();
        // One SMTP connection for the whole run; batches follow each other as fast as the server takes them, until
        // nothing is due or the run's time is up (the next timer goes on).
        try (var sender = MailTransport.open(settings)) {
            List<Long> due;
            do {
                due = work.due(BATCH);
                for (long id : due) {
                    var claimed = work.claim(id);
                    if (claimed.isEmpty()) {
                        continue;
                    }
                    try {
                        sender.send(claimed.get(), clock.instant());
                        work.sent(id);
                        sent++;
                    } catch (Exception e) {
                        LOG.log(Level.WARNING, "Mail " + id + " not sent through " + settings + ": " + e.getMessage());
                        work.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
                        failed++;
                    }
                }
            } while (due.size() == BATCH && System.nanoTime() < deadline);
        } finally {
            running.set(false);
        }
        return new Run(sent, failed);
    }
}

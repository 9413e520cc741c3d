package vn.bentre.ocop.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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
        try {
            for (long id : work.due(BATCH)) {
                var claimed = work.claim(id);
                if (claimed.isEmpty()) {
                    continue;
                }
                try {
                    MailTransport.send(claimed.get(), settings, clock.instant());
                    work.sent(id);
                    sent++;
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "Mail " + id + " not sent through " + settings + ": " + e.getMessage());
                    work.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
                    failed++;
                }
            }
        } finally {
            running.set(false);
        }
        return new Run(sent, failed);
    }
}

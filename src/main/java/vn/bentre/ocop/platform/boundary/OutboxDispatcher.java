package vn.bentre.ocop.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.bentre.ocop.platform.control.MailQueued;
import vn.bentre.ocop.platform.control.MailSettings;
import vn.bentre.ocop.platform.control.MailTransport;
import vn.bentre.ocop.platform.control.OutboxWork;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.entity.OutboxMail;

/**
 * Sends due mails from the outbox: at once when a transaction that queued mail commits ({@link MailQueued}), and
 * every 20 seconds (retries whose pause is over, mail queued on another node). Runs on every node (a non-persistent
 * timer); each batch is claimed with a conditional update before it is sent, so two nodes never send the same mail
 * at the same time. With no mail server configured it does nothing and the mails wait.
 */
@Singleton
@PermitAll
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final int BATCH = 50;

    /** A run stops taking new batches after this; a woken drain then starts another run, a direct call returns. */
    private static final Duration RUN_BUDGET = Duration.ofSeconds(15);

    /** What one run did. */
    public record Run(int sent, int failed) {}

    private record Outcome(int sent, int failed, boolean more) {}

    @Inject
    OutboxWork work;

    @Inject
    PortalClock clock;

    @Resource
    ManagedExecutorService executor;

    /** A run is going on on this node: another one would only compete with it for the same rows. */
    private final AtomicBoolean running = new AtomicBoolean();

    /** Mail may be due that the current run (if any) has not seen: a drain goes on while this is set. */
    private final AtomicBoolean wanted = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    void onSchedule() {
        wake();
    }

    /** A transaction that queued mail committed: send it now. */
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        wake();
    }

    /**
     * Asks for a drain of what is due, on a thread of the server's executor; returns at once. While a drain is going
     * on it is only told to look again before it stops, so a burst of commits starts one drain, not one each.
     */
    public void wake() {
        if (MailSettings.from(ConfigProvider.getConfig()).isEmpty()) {
            return;
        }
        wanted.set(true);
        if (!running.get()) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        while (wanted.get() && running.compareAndSet(false, true)) {
            try {
                while (wanted.getAndSet(false)) {
                    var settings = MailSettings.from(ConfigProvider.getConfig());
                    if (settings.isEmpty()) {
                        return;
                    }
                    drainWith(settings.get());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Outbox run stopped; the next timer goes on", e);
            } finally {
                running.set(false);
            }
            // a wake-up that came after the last look but before running was cleared started no drain: loop again
        }
    }

    /**
     * Runs until nothing is due, with {@code portal.mail.senders} senders side by side (default 2), each with its own
     * connection and its own claimed batches: a sender mostly waits for the mail server's answers and the database's
     * commits, so a second one nearly doubles what a node sends.
     */
    private void drainWith(MailSettings settings) {
        int senders = Math.clamp(
                ConfigProvider.getConfig()
                        .getOptionalValue("portal.mail.senders", Integer.class)
                        .orElse(2),
                1,
                8);
        var others = new ArrayList<Future<?>>();
        for (int n = 1; n < senders; n++) {
            others.add(executor.submit(() -> runUntilNothingDue(settings)));
        }
        runUntilNothingDue(settings);
        for (var other : others) {
            try {
                other.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                LOG.log(Level.WARNING, "Outbox sender stopped", e.getCause());
            }
        }
    }

    private void runUntilNothingDue(MailSettings settings) {
        Outcome outcome;
        do {
            outcome = run(settings);
        } while (outcome.more());
    }

    /**
     * Sends what is due now with these settings, for at most one run's time (the administrator's "send now", tests);
     * skipped if a run is already going on on this node.
     */
    public Run dispatch(MailSettings settings) {
        if (!running.compareAndSet(false, true)) {
            return new Run(0, 0);
        }
        try {
            var outcome = run(settings);
            return new Run(outcome.sent(), outcome.failed());
        } finally {
            running.set(false);
        }
    }

    /**
     * One run: batch after batch through one SMTP connection, as fast as the server takes them, until nothing is due,
     * the run's time is up ({@code more}), or the server cannot be reached (the rest waits for the next run). Each
     * mail is marked sent as soon as the server took it; a node that dies in between resends it after its claim
     * expired, with the same Message-ID.
     */
    private Outcome run(MailSettings settings) {
        int sent = 0;
        int failed = 0;
        long deadline = System.nanoTime() + RUN_BUDGET.toNanos();
        try (var sender = MailTransport.open(settings)) {
            List<Long> due;
            do {
                due = work.due(BATCH);
                var claim = work.claim(due);
                var untried = new ArrayList<Long>();
                claim.mails().forEach(mail -> untried.add(mail.getId()));
                for (OutboxMail mail : claim.mails()) {
                    untried.remove(mail.getId());
                    try {
                        sender.send(mail, clock.instant());
                    } catch (MessagingException e) {
                        boolean refused = MailTransport.refusedForGood(e);
                        LOG.log(
                                Level.WARNING,
                                "Mail " + mail.getId() + (refused ? " refused by " : " not sent through ") + settings
                                        + ": " + e.getMessage());
                        work.failed(mail.getId(), describe(e), refused);
                        failed++;
                        if (e instanceof SendFailedException) {
                            continue; // this mail only: the connection goes on
                        }
                        // the server cannot be reached or dropped us twice: leave the rest for the next run
                        work.release(claim.token(), untried);
                        return new Outcome(sent, failed, false);
                    }
                    work.sent(mail.getId());
                    sent++;
                }
            } while (due.size() == BATCH && System.nanoTime() < deadline);
            return new Outcome(sent, failed, due.size() == BATCH);
        }
    }

    private static String describe(MessagingException e) {
        var text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        Exception next = e.getNextException();
        if (next != null && next.getMessage() != null && !next.getMessage().equals(e.getMessage())) {
            text.append(" (").append(next.getMessage().strip()).append(')');
        }
        return text.toString();
    }
}

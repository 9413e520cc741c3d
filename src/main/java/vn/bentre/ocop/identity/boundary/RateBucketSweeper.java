package vn.bentre.ocop.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.logging.Logger;
import vn.bentre.ocop.identity.entity.RateBucket;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * Forgets throttling buckets nobody has used for a day (every count has been forgotten by then, see
 * {@link RateBucket#SOURCE}), and the addresses an account signed in from once they are no longer known: without it a
 * guesser typing ever new e-mails would grow the table for ever. Every node runs it; a delete twice is harmless.
 */
@Stateless
@PermitAll
public class RateBucketSweeper {

    private static final Logger LOG = Logger.getLogger(RateBucketSweeper.class.getName());

    static final Duration UNUSED = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Schedule(hour = "*", minute = "23", persistent = false)
    public void sweep() {
        var now = clock.now();
        int counters = em.createQuery(
                        "delete from RateBucket b where b.lastHitAt < :cutoff and b.bucket not like 'known:%'")
                .setParameter("cutoff", now.minus(UNUSED))
                .executeUpdate();
        int known = em.createQuery("delete from RateBucket b where b.lastHitAt < :cutoff and b.bucket like 'known:%'")
                .setParameter("cutoff", now.minus(RateBucket.KNOWN_FOR))
                .executeUpdate();
        if (counters + known > 0) {
            LOG.fine(() -> "Forgot " + counters + " throttling counters and " + known + " known sign-in addresses");
        }
    }
}

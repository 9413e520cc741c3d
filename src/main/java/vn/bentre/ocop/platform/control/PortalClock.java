package vn.bentre.ocop.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's time. Every timestamp is a local date-time in the programme's zone ({@code portal.zone},
 * Asia/Ho_Chi_Minh: one offset all year, no daylight saving), the same on every node whatever the JVM's default.
 * Nothing else reads the system clock: Bean Validation's {@code @Past}/{@code @PastOrPresent}/{@code @Future} ask this
 * clock too ({@link PortalClockProvider}, named in {@code META-INF/validation.xml}), so "today" is the same day for a
 * validated date as for everything else.
 *
 * <p>For tests only, {@code portal.clock.fixed} (an ISO instant such as {@code 2026-12-04T17:30:00Z}) stops the clock
 * at that instant, so a test can run at half past midnight in Vietnam whatever the hour it runs at.
 */
@ApplicationScoped
public class PortalClock {

    public static final String DEFAULT_ZONE = "Asia/Ho_Chi_Minh";

    private static final Logger LOG = Logger.getLogger(PortalClock.class.getName());

    @Inject
    @ConfigProperty(name = "portal.zone", defaultValue = DEFAULT_ZONE)
    String zone;

    @Inject
    @ConfigProperty(name = "portal.clock.fixed")
    Optional<String> fixed;

    private Clock clock;

    @jakarta.annotation.PostConstruct
    void init() {
        clock = clockFor(zone, fixed.orElse(null));
        if (fixed.isPresent() && !fixed.get().isBlank()) {
            LOG.warning("portal.clock.fixed is set: the portal's clock stands still at " + clock.instant()
                    + " (for tests only)");
        }
    }

    /** The clock of a zone, running, or standing still at {@code fixedInstant} (ISO-8601) when one is given. */
    public static Clock clockFor(String zone, String fixedInstant) {
        var id = ZoneId.of(zone);
        if (fixedInstant == null || fixedInstant.isBlank()) {
            return Clock.system(id);
        }
        return Clock.fixed(Instant.parse(fixedInstant.strip()), id);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant instant() {
        return clock.instant();
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** The clock itself, for APIs that take one (Bean Validation's {@code ClockProvider}). */
    public Clock clock() {
        return clock;
    }
}

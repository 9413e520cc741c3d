package vn.bentre.ocop.platform.control;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Bean Validation's "now" is the portal's ({@link PortalClock}), named in {@code META-INF/validation.xml}. Without it
 * {@code @PastOrPresent} compares with the JVM's clock and zone (UTC on the servers): from 00:00 to 07:00 in Vietnam a
 * date that is today for the user was "in the future" and refused.
 */
public class PortalClockProvider implements ClockProvider {

    private final Clock given;

    public PortalClockProvider() {
        this(null);
    }

    /** With a clock of its own (tests: the portal's clock at a chosen instant). */
    public PortalClockProvider(Clock clock) {
        this.given = clock;
    }

    @Override
    public Clock getClock() {
        if (given != null) {
            return given;
        }
        try {
            return CDI.current().select(PortalClock.class).get().clock();
        } catch (RuntimeException outsideTheApplication) {
            return Clock.system(ZoneId.of(PortalClock.DEFAULT_ZONE));
        }
    }
}

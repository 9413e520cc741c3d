package vn.bentre.ocop.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's time. Every timestamp is a local date-time in the programme's zone ({@code portal.zone},
 * Asia/Ho_Chi_Minh: one offset all year, no daylight saving), the same on every node whatever the JVM's default.
 */
@ApplicationScoped
public class PortalClock {

    @Inject
    @ConfigProperty(name = "portal.zone", defaultValue = "Asia/Ho_Chi_Minh")
    String zone;

    private Clock clock;

    @jakarta.annotation.PostConstruct
    void init() {
        clock = Clock.system(ZoneId.of(zone));
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }
}

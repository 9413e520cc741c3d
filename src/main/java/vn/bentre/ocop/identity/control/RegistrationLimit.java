package vn.bentre.ocop.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * At most {@code portal.registration.per-source-per-hour} registrations (default 20: a training hall behind one
 * address still registers its class; a script does not open hundreds of accounts) from one source address per hour,
 * counted in the database in the registering transaction, so every node shares the count.
 */
@ApplicationScoped
public class RegistrationLimit {

    static final Duration WINDOW = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "portal.registration.per-source-per-hour", defaultValue = "20")
    int perHour;

    @Inject
    RateBuckets buckets;

    @Inject
    PortalClock clock;

    /** Takes a place for one registration from {@code source}, or refuses with the minutes left until the next. */
    public void take(String source) {
        var now = clock.now();
        var bucket = buckets.lockOne("register:" + source, now);
        if (!bucket.takeInWindow(Math.max(1, perHour), WINDOW, now)) {
            long minutes = Math.max(1, (bucket.windowLeft(WINDOW, now).toSeconds() + 59) / 60);
            throw BusinessException.invalid("register.tooMany", minutes);
        }
    }
}

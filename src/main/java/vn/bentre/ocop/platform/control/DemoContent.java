package vn.bentre.ocop.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rule every component's demo loader follows: only when {@code portal.demo.enabled} (default true; set
 * {@code PORTAL_DEMO_ENABLED=false} in production), only into an empty table, and once per installation.
 * A loader that loses the race with another node, or fails, leaves the portal running without its demo data.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo.enabled", defaultValue = "true")
    boolean enabled;

    public boolean isEnabled() {
        return enabled;
    }

    /** Runs one component's loader (which claims its installation fact in its own transaction). */
    public void load(String what, Runnable loader) {
        if (!enabled) {
            return;
        }
        try {
            loader.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo " + what + " not loaded (already loaded by another node, or failed)", e);
        }
    }
}

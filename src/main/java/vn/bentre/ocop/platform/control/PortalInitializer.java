package vn.bentre.ocop.platform.control;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Applies configuration that must be in place before Faces and the session manager start: the Faces project
 * stage (Production unless {@code portal.dev=true}) and the session cookie's flags.
 */
public class PortalInitializer implements ServletContainerInitializer {

    static final String SESSION_COOKIE = "OCOPSESSION";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        var config = ConfigProvider.getConfig();
        boolean dev = config.getOptionalValue("portal.dev", Boolean.class).orElse(false);
        context.setInitParameter("jakarta.faces.PROJECT_STAGE", dev ? "Development" : "Production");

        var cookie = context.getSessionCookieConfig();
        cookie.setName(SESSION_COOKIE);
        cookie.setHttpOnly(true);
        cookie.setSecure(
                config.getOptionalValue("portal.cookie.secure", Boolean.class).orElse(false));
        cookie.setAttribute("SameSite", "Lax");
        context.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    }
}

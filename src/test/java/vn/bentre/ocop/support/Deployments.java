package vn.bentre.ocop.support;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive integration tests deploy: the portal's own WAR exactly as built by {@code package}, plus the
 * test classes and AssertJ for tests that run inside the server.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive portal(Class<?>... testClasses) {
        var war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")))
                .addClasses(testClasses)
                .addPackage(Deployments.class.getPackage());
        war.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
        return war;
    }

    /** The jar a class comes from, for adding test libraries to a deployment. */
    public static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

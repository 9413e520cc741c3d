package vn.bentre.ocop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bentre.ocop.support.Deployments;
import vn.bentre.ocop.support.WebClient;

/**
 * The portal at half past midnight in Vietnam (17:30 UTC the day before), whatever the hour the test runs at: the
 * portal's clock stands still there ({@code portal.clock.fixed}, two days ahead so that the JVM's own clock could not
 * agree by chance), and an administrator records a rating dated the portal's today through the real service. Before
 * Bean Validation asked the portal's clock, that date was "in the future" and the page answered with an error.
 *
 * <p>The fixed clock comes from a {@code microprofile-config.properties} of a higher ordinal in a library of the test
 * deployment; like every IT class it runs on a Payara Micro and a database of its own (support.Deployments), so demo data
 * dated two days ahead never reaches another class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalClockIT {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate PORTAL_TODAY = LocalDate.now(VIETNAM).plusDays(2);

    @Deployment(testable = false)
    static WebArchive deployment() {
        String instant = PORTAL_TODAY.atTime(0, 30).atZone(VIETNAM).toInstant().toString();
        var settings = ShrinkWrap.create(JavaArchive.class, "portal-clock-at-half-past-midnight.jar")
                .addAsManifestResource(
                        new StringAsset("config_ordinal=500\nportal.clock.fixed=" + instant + "\n"),
                        "microprofile-config.properties");
        return Deployments.portal(ClockProbe.class).addAsLibrary(settings);
    }

    @ArquillianResource
    URL base;

    @Test
    void aRatingDatedTodayIsRecordedAtHalfPastMidnightInVietnam() throws Exception {
        var admin = new WebClient(base.toURI());
        assertThat(admin.signIn("quantri@demo.ocop-bentre.vn", "ocop-bentre-demo")
                        .statusCode())
                .isEqualTo(200);
        assertThat(admin.get("/test/clock?op=today").body()).isEqualTo(PORTAL_TODAY.toString());

        assertThat(admin.get("/test/clock?op=rate&slug=keo-dua-la-dua&certificate=IT-NUA-DEM-2&on=" + PORTAL_TODAY)
                        .body())
                .as("dated today, at 00:30 local time")
                .isEqualTo("ok 4");
        assertThat(admin.get("/test/clock?op=rate&slug=keo-dua-la-dua&certificate=IT-NUA-DEM-3&on="
                                + PORTAL_TODAY.plusDays(1))
                        .body())
                .as("tomorrow, by the portal's clock")
                .isEqualTo("refused certifiedOn");
    }
}

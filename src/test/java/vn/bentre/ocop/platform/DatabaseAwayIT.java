package vn.bentre.ocop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bentre.ocop.support.DatabaseProxy;
import vn.bentre.ocop.support.Deployments;
import vn.bentre.ocop.support.WebClient;

/**
 * Issue 11, finding 9: the database goes away while the portal runs (its connections are cut and new ones refused,
 * through a {@link DatabaseProxy}), and comes back. Readers of public pages get the last good copy of the page
 * with a notice; pages never rendered and the API answer a clean 503 within seconds (no hang, no stack trace); a
 * signed-in API call gets problem JSON; when the database is back the portal recovers without a restart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseAwayIT {

    static final String DEMO_PASSWORD = "ocop-bentre-demo";

    /** A request that used to hang for the pool's wait (21-60 s) fails this check; fail-fast answers take ~3 s. */
    static final Duration HANG = Duration.ofSeconds(15);

    static DatabaseProxy database;

    @Deployment(testable = false)
    static WebArchive deployment() {
        database = DatabaseProxy.forClass(DatabaseAwayIT.class);
        return Deployments.portalOn(database.url());
    }

    @ArquillianResource
    URL base;

    @Test
    void readersGetTheLastGoodCopyApiCallersA503AndThePortalRecoversByItself() throws Exception {
        var reader = new WebClient(base.toURI());
        var english = new WebClient(base.toURI());
        english.setCookie("lang", "en");
        var learner = new WebClient(base.toURI());
        assertThat(learner.signIn("hocvien@demo.ocop-bentre.vn", DEMO_PASSWORD).statusCode())
                .isEqualTo(200);

        // Before: the course list (rendered on every request, never from the short page cache) in both languages.
        var courses = reader.get("/khoa-hoc");
        assertThat(courses.statusCode()).isEqualTo(200);
        String heading = firstHeading(courses.body());
        var coursesEn = english.get("/khoa-hoc");
        assertThat(coursesEn.statusCode()).isEqualTo(200);
        assertThat(learner.get("/api/toi/dang-ky").statusCode()).isEqualTo(200);

        database.takeAway();
        List<String> timings = new ArrayList<>();
        try {
            var copy = timed(timings, "copy vi", () -> reader.get("/khoa-hoc"));
            assertThat(copy.statusCode()).isEqualTo(200);
            assertThat(copy.body())
                    .as("the page as it was, with a notice saying it is a copy")
                    .contains(heading, "Bạn đang xem bản lưu của trang này lúc", "last-good-notice")
                    .doesNotContain("SQLException", "at vn.bentre.");
            assertThat(copy.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(copy.headers().firstValue("X-Portal-Copy"))
                    .get()
                    .asString()
                    .startsWith("last-good");

            var copyEn = timed(timings, "copy en", () -> english.get("/khoa-hoc"));
            assertThat(copyEn.statusCode()).isEqualTo(200);
            assertThat(copyEn.body()).contains("You are reading a copy of this page saved at", "lang=\"en\"");

            var never = timed(timings, "never rendered", () -> reader.get("/van-ban"));
            assertThat(never.statusCode())
                    .as("no copy of a page never rendered")
                    .isEqualTo(503);
            assertThat(never.headers().firstValue("Retry-After")).isPresent();
            assertThat(never.body())
                    .contains("Hệ thống tạm thời gián đoạn")
                    .doesNotContain("SQLException", "at vn.bentre.");

            var api = timed(timings, "public api", () -> reader.get("/api/noi-dung"));
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("application/problem+json");
            assertThat(api.body()).contains("\"status\":503");

            var mine = timed(timings, "signed-in api", () -> learner.get("/api/toi/dang-ky"));
            assertThat(mine.statusCode())
                    .as("a signed-in call, refused in the account-status filter before REST")
                    .isEqualTo(503);
            assertThat(mine.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("application/problem+json");
        } finally {
            database.bringBack();
            System.out.println("DatabaseAwayIT: answers while the database was away: " + timings);
        }

        // Back: the same page renders fresh again (no notice), without restarting anything.
        long back = System.nanoTime();
        HttpResponse<String> fresh = reader.get("/khoa-hoc");
        for (int attempt = 0;
                attempt < 30 && (fresh.statusCode() != 200 || fresh.body().contains("last-good-notice"));
                attempt++) {
            fresh = reader.get("/khoa-hoc");
        }
        System.out.println("DatabaseAwayIT: fresh pages again after "
                + Duration.ofNanos(System.nanoTime() - back).toMillis() + " ms");
        assertThat(fresh.statusCode()).isEqualTo(200);
        assertThat(fresh.body()).contains(heading).doesNotContain("last-good-notice");
        assertThat(learner.get("/api/toi/dang-ky").statusCode())
                .as("the session survived the outage")
                .isEqualTo(200);
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private static HttpResponse<String> timed(List<String> timings, String what, Call call) throws Exception {
        long start = System.nanoTime();
        var response = call.send();
        var took = Duration.ofNanos(System.nanoTime() - start);
        timings.add(what + " " + response.statusCode() + " in " + took.toMillis() + " ms");
        assertThat(took).as(what + " answered without hanging").isLessThan(HANG);
        return response;
    }

    private static String firstHeading(String html) {
        var h1 = Pattern.compile("<h1[^>]*>([^<]+)</h1>").matcher(html);
        assertThat(h1.find()).as("the page has a heading").isTrue();
        return h1.group(1).strip();
    }
}

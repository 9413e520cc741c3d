package vn.bentre.ocop.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bentre.ocop.support.Deployments;
import vn.bentre.ocop.support.WebClient;

/**
 * Enrolment on a real Payara Micro, over HTTP as signed-in learners would do it (the REST API; the pages call the
 * same service): hundreds of concurrent attempts never overbook, a double submission makes one enrolment, and
 * cancellations racing with enrolments promote exactly the waiting learners.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnrolmentIT {

    static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");
    static final Pattern POSITION = Pattern.compile("\"position\":(\\d+)");
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(TrainingProbe.class, TrainingFixtures.class);
    }

    @ArquillianResource
    URL base;

    /** Failsafe reruns a failed test against the same database: every run uses codes and e-mails of its own. */
    final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @Test
    void twoHundredConcurrentAttemptsForTenSeatsConfirmTenAndQueueTheRestInOrder() throws Exception {
        long course = course("dua-dong-thoi", 10, "ANYONE", 2);
        var learners = learners("tranh-cho-", 200);
        refresh(learners);

        var responses = concurrently(
                learners.size(),
                i -> learners.get(i).post("/api/khoa-hoc/dua-dong-thoi-" + RUN + "/dang-ky", Map.of()));

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201);
        var statuses = responses.stream().map(r -> find(STATUS, r.body())).toList();
        assertThat(statuses).filteredOn("CONFIRMED"::equals).hasSize(10);
        assertThat(statuses).filteredOn("WAITLISTED"::equals).hasSize(190);
        var positions = responses.stream()
                .filter(r -> r.body().contains("WAITLISTED"))
                .map(r -> Long.parseLong(find(POSITION, r.body())))
                .sorted()
                .toList();
        assertThat(positions)
                .as("every place in the queue once, no gaps")
                .isEqualTo(LongStream.rangeClosed(1, 190).boxed().toList());

        var rows = state(course);
        assertThat(rows).hasSize(200);
        assertThat(rows.stream().map(r -> r[0]).collect(Collectors.toSet()))
                .as("one enrolment per learner")
                .hasSize(200);
        assertThat(rows.subList(0, 10))
                .as("the first ten to arrive hold the seats")
                .allMatch(r -> r[1].equals("CONFIRMED"));
        assertThat(rows.subList(10, 200)).allMatch(r -> r[1].equals("WAITLISTED"));

        var seats = new WebClient(base.toURI()).get("/api/khoa-hoc/dua-dong-thoi-" + RUN);
        assertThat(seats.body()).contains("\"seatsLeft\":0");
    }

    @Test
    void theSameLearnerSubmittingFiveTimesAtOnceGetsOneEnrolment() throws Exception {
        long course = course("bam-nhieu-lan", 5, "ANYONE", 1);
        var learner = learners("bam-", 1).getFirst();
        refresh(List.of(learner));

        var responses = concurrently(5, i -> learner.post("/api/khoa-hoc/bam-nhieu-lan-" + RUN + "/dang-ky", Map.of()));

        assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 409, 409, 409, 409);
        assertThat(responses.stream().filter(r -> r.statusCode() == 409)).allSatisfy(r -> {
            assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(r.body()).contains("Bạn đã đăng ký khóa học này.");
        });
        assertThat(state(course)).hasSize(1);
    }

    @Test
    void cancellationsRacingWithEnrolmentsPromoteExactlyTheWaitingLearners() throws Exception {
        long course = course("huy-va-dang-ky", 5, "ANYONE", 1);
        var first = learners("dau-", 8);
        var ids = new ArrayList<Long>();
        for (var learner : first) {
            var response = learner.post("/api/khoa-hoc/huy-va-dang-ky-" + RUN + "/dang-ky", Map.of());
            assertThat(response.statusCode()).isEqualTo(201);
            ids.add(Long.parseLong(find(ID, response.body())));
        }
        var late = learners("sau-", 10);
        refresh(first);
        refresh(late);

        // three of the five seated cancel while ten newcomers enrol
        var responses = concurrently(
                13,
                i -> i < 3
                        ? first.get(i).delete("/api/toi/dang-ky/" + ids.get(i))
                        : late.get(i - 3).post("/api/khoa-hoc/huy-va-dang-ky-" + RUN + "/dang-ky", Map.of()));

        assertThat(responses).extracting(HttpResponse::statusCode).doesNotContain(500);
        var rows = state(course);
        assertThat(rows.stream().filter(r -> r[1].equals("CONFIRMED")))
                .as("capacity kept")
                .hasSize(5);
        assertThat(rows.stream().filter(r -> r[1].equals("CANCELLED"))).hasSize(3);
        assertThat(rows.subList(5, 8))
                .as("the three who waited are promoted, nobody else")
                .allMatch(r -> r[1].equals("CONFIRMED"));
        assertThat(rows.subList(8, 18)).allMatch(r -> r[1].equals("WAITLISTED"));
        var mine = first.get(5).get("/api/toi/dang-ky");
        assertThat(find(STATUS, mine.body())).isEqualTo("CONFIRMED");
        assertThat(late.getFirst().get("/api/toi/dang-ky").body()).contains("\"position\":");
    }

    @Test
    void refusalsAreClearAndNobodyActsForSomeoneElse() throws Exception {
        course("chi-cho-htx", 5, "COOP_MANAGERS", 1);
        course("khong-co-cho", 0, "ANYONE", 1);
        var learners = learners("tu-choi-", 2);
        var learner = learners.getFirst();

        var audience = learner.post("/api/khoa-hoc/chi-cho-htx-" + RUN + "/dang-ky", Map.of());
        assertThat(audience.statusCode()).isEqualTo(409);
        assertThat(audience.body()).contains("dành cho đối tượng khác");
        var closed = learner.post("/api/khoa-hoc/khong-co-cho-" + RUN + "/dang-ky", Map.of());
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(closed.body()).contains("không có chỗ");

        var anonymous = new WebClient(base.toURI()).post("/api/khoa-hoc/chi-cho-htx-" + RUN + "/dang-ky", Map.of());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        course("cua-nguoi-khac", 5, "ANYONE", 1);
        var own = learner.post("/api/khoa-hoc/cua-nguoi-khac-" + RUN + "/dang-ky", Map.of());
        String id = find(ID, own.body());
        var other = learners.get(1).delete("/api/toi/dang-ky/" + id);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("chỉ có thể hủy đăng ký của chính mình");
        assertThat(learner.delete("/api/toi/dang-ky/" + id).statusCode()).isEqualTo(200);
        assertThat(learner.delete("/api/toi/dang-ky/" + id).statusCode())
                .as("twice")
                .isEqualTo(409);

        assertThat(learner.get("/giang-vien/").statusCode())
                .as("the trainers' area")
                .isEqualTo(403);
        assertThat(new WebClient(base.toURI()).get("/openapi").body()).contains("/api/khoa-hoc/{code}/dang-ky");
    }

    // --- helpers ---

    interface Call {
        HttpResponse<String> call(int i) throws Exception;
    }

    /** Runs {@code count} calls on as many threads, released together, and returns their responses in order. */
    static List<HttpResponse<String>> concurrently(int count, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            var start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit((Callable<HttpResponse<String>>) () -> {
                    start.await();
                    return call.call(n);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (var future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    long course(String code, int capacity, String audience, int sessions) throws Exception {
        return Long.parseLong(probe(Map.of(
                "op",
                "course",
                "code",
                code + "-" + RUN,
                "capacity",
                capacity,
                "audience",
                audience,
                "sessions",
                sessions)));
    }

    /** {@code count} new learners, signed in on eight threads (each sign-in hashes a password). */
    List<WebClient> learners(String prefix, int count) throws Exception {
        assertThat(probe(Map.of("op", "learners", "prefix", prefix + RUN, "n", count)))
                .isEqualTo("ok");
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 8));
        try {
            List<Future<WebClient>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String email = prefix + RUN + i + "@thu-nghiem.vn";
                futures.add(pool.submit(() -> {
                    var client = new WebClient(base.toURI());
                    var page = client.signIn(email, TrainingFixtures.PASSWORD);
                    assertThat(page.uri().getPath()).as(page.body()).isEqualTo("/ca-nhan/");
                    return client;
                }));
            }
            List<WebClient> clients = new ArrayList<>();
            for (var future : futures) {
                clients.add(future.get());
            }
            return clients;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A GET per learner just before a burst: signing 200 learners in takes longer than Payara keeps an idle
     * connection open, and a POST on a connection the server has closed fails in the client (GETs are retried).
     * Also proves every learner is signed in.
     */
    static void refresh(List<WebClient> learners) throws Exception {
        var responses = concurrently(learners.size(), i -> learners.get(i).get("/api/toi/dang-ky"));
        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200);
    }

    /** The course's enrolments in queue order, each {e-mail, status, queue number}. */
    List<String[]> state(long course) throws Exception {
        String body = probe(Map.of("op", "state", "course", course));
        return body.isEmpty()
                ? List.of()
                : Arrays.stream(body.split("\n")).map(l -> l.split(";")).toList();
    }

    String probe(Map<String, Object> params) throws Exception {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var response = new WebClient(base.toURI()).get("/test/training?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    static String find(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }
}

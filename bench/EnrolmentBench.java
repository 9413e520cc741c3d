import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Enrolment throughput and latency under N concurrent learners (run by bench/enrolment.sh). Each client registers a
 * learner of its own (through /dang-ky, as a person would), then loops for the given time: enrol in the course over
 * REST, then cancel, so every enrolment is a real decision under the course's row lock and all clients contend for
 * the same course, the worst case. Prints enrolments per second and p50/p95/p99 of the enrol calls (and cancels).
 *
 * <p>{@code burst <base> <clients> <course> <learner-group> <journal>} is the same loop for the kill -9 fault test
 * (.ci/faults): learners of that group (registration's learner group, for a course with an audience), and every
 * answer written to the journal the moment it arrives, flushed: {@code E <id> <status>} for an enrolment answered
 * 201, {@code S <id>} before a cancel is sent, {@code C <id>} for a cancel answered 200; a 503 (the connection pool's
 * wait ran out) is counted and the client goes on; any other refusal ends the run with exit 1. The loop ends when the
 * portal stops answering (it was killed) or after ten minutes; the journal is what clients were told.
 */
public class EnrolmentBench {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]*)\"");
    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("burst")) {
            burst(args[1], Integer.parseInt(args[2]), args[3], args[4], args[5]);
            return;
        }
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String course = args.length > 3 ? args[3] : "bao-bi-nhan-mac-k1";
        String origin = URI.create(base).getScheme() + "://" + URI.create(base).getAuthority();
        String run = Long.toString(System.currentTimeMillis(), 36);

        System.out.printf("registering %d learners (one password hash each, takes a while)...%n", clients);
        List<HttpClient> learners = Collections.synchronizedList(new ArrayList<>());
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < clients; i++) {
                int n = i;
                pool.submit(() -> {
                    try {
                        learners.add(register(base, origin, "bench-" + run + "-" + n + "@bench.ocop-bentre.vn", null));
                    } catch (Exception e) {
                        System.err.println(e.getMessage());
                    }
                });
            }
        }
        if (learners.size() != clients) {
            throw new IllegalStateException("only " + learners.size() + " learners registered");
        }

        for (String phase : List.of("warm-up", "measured")) {
            var enrolTimes = new ConcurrentLinkedQueue<Long>();
            var cancelTimes = new ConcurrentLinkedQueue<Long>();
            var failures = new AtomicInteger();
            long until = System.nanoTime() + Duration.ofSeconds(phase.equals("warm-up") ? Math.max(5, seconds / 3) : seconds).toNanos();
            long started = System.nanoTime();
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (var http : learners) {
                    pool.submit(() -> {
                        while (System.nanoTime() < until) {
                            long t0 = System.nanoTime();
                            var enrolled = send(http, HttpRequest.newBuilder(URI.create(base + "/api/khoa-hoc/" + course + "/dang-ky"))
                                    .header("Origin", origin).POST(HttpRequest.BodyPublishers.noBody()));
                            long t1 = System.nanoTime();
                            if (enrolled.statusCode() != 201) {
                                failures.incrementAndGet();
                                System.err.println(enrolled.statusCode() + " " + enrolled.body());
                                return null;
                            }
                            enrolTimes.add(t1 - t0);
                            var id = ID.matcher(enrolled.body());
                            id.find();
                            var cancelled = send(http, HttpRequest.newBuilder(URI.create(base + "/api/toi/dang-ky/" + id.group(1)))
                                    .header("Origin", origin).DELETE());
                            cancelTimes.add(System.nanoTime() - t1);
                            if (cancelled.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                        }
                        return null;
                    });
                }
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            if (phase.equals("measured")) {
                System.out.printf("course %s, %d concurrent learners, %.1f s (each loop: enrol, then cancel)%n", course, clients, elapsed);
                System.out.printf("enrolments: %d, %.1f per second; cancellations: %d; failures: %d%n",
                        enrolTimes.size(), enrolTimes.size() / elapsed, cancelTimes.size(), failures.get());
                print("enrol latency ", enrolTimes);
                print("cancel latency", cancelTimes);
            }
        }
    }

    static void burst(String base, int clients, String course, String group, String journalFile) throws Exception {
        String origin = URI.create(base).getScheme() + "://" + URI.create(base).getAuthority();
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<HttpClient> learners = Collections.synchronizedList(new ArrayList<>());
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < clients; i++) {
                int n = i;
                pool.submit(() -> {
                    try {
                        learners.add(register(base, origin, "burst-" + run + "-" + n + "@bench.ocop-bentre.vn", group));
                    } catch (Exception e) {
                        System.err.println(e.getMessage());
                    }
                });
            }
        }
        if (learners.size() != clients) {
            throw new IllegalStateException("only " + learners.size() + " learners registered");
        }
        System.out.println("registered " + clients + " learners; enrolling");
        System.out.flush();
        var unanswered = new AtomicInteger();
        var refused = new AtomicInteger();
        var unavailable = new AtomicInteger();
        long until = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        try (var journal = new PrintStream(journalFile, StandardCharsets.UTF_8);
                var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var http : learners) {
                pool.submit(() -> {
                    while (System.nanoTime() < until) {
                        HttpResponse<String> enrolled;
                        try {
                            enrolled = send(http, HttpRequest.newBuilder(URI.create(base + "/api/khoa-hoc/" + course + "/dang-ky"))
                                    .header("Origin", origin).POST(HttpRequest.BodyPublishers.noBody()));
                        } catch (IOException gone) {
                            unanswered.incrementAndGet();
                            return null;
                        }
                        if (enrolled.statusCode() == 503) {
                            unavailable.incrementAndGet(); // the pool's wait ran out: a clean "try again"
                            continue;
                        }
                        if (enrolled.statusCode() != 201) {
                            refused.incrementAndGet();
                            System.err.println("enrol answered " + enrolled.statusCode() + " " + enrolled.body());
                            return null;
                        }
                        var id = ID.matcher(enrolled.body());
                        id.find();
                        var status = Pattern.compile("\"status\":\"([A-Z]+)\"").matcher(enrolled.body());
                        record(journal, "E " + id.group(1) + " " + (status.find() ? status.group(1) : "?"));
                        record(journal, "S " + id.group(1));
                        try {
                            var cancelled = send(http, HttpRequest.newBuilder(URI.create(base + "/api/toi/dang-ky/" + id.group(1)))
                                    .header("Origin", origin).DELETE());
                            if (cancelled.statusCode() == 503) {
                                unavailable.incrementAndGet(); // not cancelled; the journal says only "sent"
                                continue;
                            }
                            if (cancelled.statusCode() != 200) {
                                refused.incrementAndGet();
                                System.err.println("cancel answered " + cancelled.statusCode() + " " + cancelled.body());
                                return null;
                            }
                        } catch (IOException gone) {
                            unanswered.incrementAndGet();
                            return null;
                        }
                        record(journal, "C " + id.group(1));
                    }
                    return null;
                });
            }
        }
        System.out.println("burst over: " + unanswered.get() + " requests unanswered (the kill), " + unavailable.get()
                + " answered 503 (try again), " + refused.get() + " refused");
        if (refused.get() > 0) {
            System.exit(1);
        }
    }

    static void record(PrintStream journal, String line) {
        synchronized (journal) {
            journal.println(line);
            journal.flush();
        }
    }

    static void print(String label, ConcurrentLinkedQueue<Long> times) {
        var sorted = times.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return;
        }
        System.out.printf("%s p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   max %6.1f ms%n", label,
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.getLast() / 1e6);
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    static HttpClient register(String base, String origin, String email, String learnerGroup) throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String page = send(http, HttpRequest.newBuilder(URI.create(base + "/dang-ky")).GET()).body();
        var fields = new LinkedHashMap<String, String>();
        fields.put("register", "register");
        fields.put("register:fullName", "Học viên đo tải");
        fields.put("register:email", email);
        if (learnerGroup != null) fields.put("register:learnerGroup", learnerGroup);
        fields.put("register:password", "do-tai-dang-ky-2026");
        fields.put("register:passwordAgain", "do-tai-dang-ky-2026");
        fields.put("register:submit", "x");
        var vs = VIEW_STATE.matcher(page);
        if (vs.find()) fields.put("jakarta.faces.ViewState", vs.group(1));
        var nonce = NONCE.matcher(page);
        if (nonce.find()) fields.put("primefaces.nonce", nonce.group(1));
        String body = encode(fields);
        send(http, HttpRequest.newBuilder(URI.create(base + "/dang-ky"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        // then sign in explicitly, as the API client would (the registration's own sign-in is the page's business)
        String login = send(http, HttpRequest.newBuilder(URI.create(base + "/dang-nhap")).GET()).body();
        var form = new LinkedHashMap<String, String>();
        form.put("login", "login");
        form.put("login:email", email);
        form.put("login:password", "do-tai-dang-ky-2026");
        form.put("login:submit", "x");
        var lvs = VIEW_STATE.matcher(login);
        if (lvs.find()) form.put("jakarta.faces.ViewState", lvs.group(1));
        var lnonce = NONCE.matcher(login);
        if (lnonce.find()) form.put("primefaces.nonce", lnonce.group(1));
        var signedIn = send(http, HttpRequest.newBuilder(URI.create(base + "/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
        var mine = send(http, HttpRequest.newBuilder(URI.create(base + "/api/toi/dang-ky")).GET());
        if (mine.statusCode() != 200) {
            throw new IllegalStateException("sign-in of " + email + " failed: " + signedIn.statusCode());
        }
        return http;
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

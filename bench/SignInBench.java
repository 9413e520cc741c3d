import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import vn.bentre.ocop.identity.control.PasswordHasher;

/**
 * A course opening's sign-ins (run by bench/signin.sh, which starts and stops the portal):
 * <ul>
 *   <li>{@code free-port}: prints a free TCP port;
 *   <li>{@code seed <jdbc-url> <user> <password> <argon2id learners> <pbkdf2 learners> <course>} (portal stopped):
 *       inserts the learners, the first ones with an Argon2id hash made by the portal's own PasswordHasher at its
 *       default settings, the others with a PBKDF2-HMAC-SHA256 600,000-iteration hash in the form the portal stored
 *       before Argon2id; all share one password and, per kind, one hash (verifying costs the same whatever the salt,
 *       and 1,000 hashes made here would take minutes). The course gets seats for half the Argon2id learners;
 *   <li>{@code run <base-url> <argon2id learners> <pbkdf2 learners> <clients> <course>}: two rounds, Argon2id then the
 *       PBKDF2 reference; in each, N concurrent clients take the next learner, open /dang-nhap, post the form with its
 *       view state as a browser does, and enrol over REST; an answer "busy, try again" is retried after a second, as
 *       a person would. Prints each round's total time, sign-ins per second, latency and enrolments.
 * </ul>
 */
public class SignInBench {

    static final String PASSWORD = "hoc-vien-khai-giang-0800";
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]*)\"");
    static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");
    static final String BUSY_VI = "nhiều người đăng nhập cùng lúc";
    static final String BUSY_EN = "Many people are signing in";
    static String[] portalPids = new String[0];

    /** Processor seconds the portal's processes (Maven and Payara Micro) have used so far, from /proc; -1 if unknown. */
    static double portalCpuSeconds() {
        double total = 0;
        for (String pid : portalPids) {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime, stime in ticks
            } catch (Exception e) {
                return -1;
            }
        }
        return portalPids.length == 0 ? -1 : total;
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "free-port" -> {
                try (var socket = new ServerSocket(0)) {
                    System.out.println(socket.getLocalPort());
                }
            }
            case "seed" -> seed(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]), args[6]);
            case "run" -> {
                String base = args[1];
                int argon2 = Integer.parseInt(args[2]);
                int pbkdf2 = Integer.parseInt(args[3]);
                int clients = Integer.parseInt(args[4]);
                String course = args[5];
                portalPids = args.length > 6 ? args[6].trim().split("\\s+") : new String[0];
                warmUp(base);
                round(base, "Argon2id m=19456,t=2,p=1", 0, argon2, clients, course);
                if (pbkdf2 > 0) {
                    round(base, "PBKDF2-HMAC-SHA256 600,000 (reference; re-made as Argon2id at this sign-in)", argon2,
                            pbkdf2, clients, course);
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /**
     * A portal at 08:00 has been running for a while: a few dozen sign-ins of the demo learners first (not measured),
     * so the rounds do not time the JIT compiling the login page.
     */
    static void warmUp(String base) throws Exception {
        String origin = URI.create(base).getScheme() + "://" + URI.create(base).getAuthority();
        try (var pool = Executors.newFixedThreadPool(5)) {
            for (int c = 0; c < 5; c++) {
                String email = c == 0 ? "hocvien@demo.ocop-bentre.vn" : "hocvien" + (c + 1) + "@demo.ocop-bentre.vn";
                pool.submit(() -> {
                    for (int i = 0; i < 6; i++) {
                        signIn(browser(), base, origin, email, "ocop-bentre-demo");
                    }
                    return null;
                });
            }
        }
    }

    static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Opens the login page and posts its form with the view state and nonce, as a browser does. */
    static HttpResponse<String> signIn(HttpClient http, String base, String origin, String email, String password)
            throws Exception {
        String page = send(http, HttpRequest.newBuilder(URI.create(base + "/dang-nhap")).GET()).body();
        var form = new LinkedHashMap<String, String>();
        form.put("login", "login");
        form.put("login:email", email);
        form.put("login:password", password);
        form.put("login:submit", "x");
        var vs = VIEW_STATE.matcher(page);
        if (vs.find()) form.put("jakarta.faces.ViewState", vs.group(1));
        var nonce = NONCE.matcher(page);
        if (nonce.find()) form.put("primefaces.nonce", nonce.group(1));
        return send(http, HttpRequest.newBuilder(URI.create(base + "/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    /**
     * Processor time of one hash of each kind, on one thread (processor time, not wall time, so other programs on the
     * machine do not change it much): what one sign-in costs the server, whatever the load when the rounds ran.
     */
    static void cpuPerHash(String argon2Hash, String pbkdf2Hash) {
        var hasher = PasswordHasher.of(PasswordHasher.OWASP_FLOOR, 1, Duration.ofSeconds(600));
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3; i++) {
            hasher.verify(PASSWORD, argon2Hash); // warm-up
        }
        long t0 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < 10; i++) {
            hasher.verify(PASSWORD, argon2Hash);
        }
        double argon2 = (cpu.getCurrentThreadCpuTime() - t0) / 10 / 1e6;
        hasher.verify(PASSWORD, pbkdf2Hash); // warm-up
        long t1 = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < 3; i++) {
            hasher.verify(PASSWORD, pbkdf2Hash);
        }
        double pbkdf2 = (cpu.getCurrentThreadCpuTime() - t1) / 3 / 1e6;
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("processor time per verification: Argon2id %.0f ms, PBKDF2-600,000 %.0f ms (%.1f times as much);"
                + " hashing alone on %d free processors: %.0f vs %.1f sign-ins/s%n", argon2, pbkdf2, pbkdf2 / argon2, cores,
                cores * 1000 / argon2, cores * 1000 / pbkdf2);
    }

    static String email(int n) {
        return "bench-signin-" + n + "@bench.ocop-bentre.vn";
    }

    static void seed(String url, String user, String password, int argon2, int pbkdf2, String course) throws Exception {
        long t0 = System.nanoTime();
        String argon2Hash = PasswordHasher.of(PasswordHasher.OWASP_FLOOR, 1, Duration.ofSeconds(60)).hash(PASSWORD);
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, 600_000, 256))
                .getEncoded();
        String pbkdf2Hash = "PBKDF2WithHmacSHA256:600000:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
        cpuPerHash(argon2Hash, pbkdf2Hash);
        boolean postgres = url.startsWith("jdbc:postgresql:");
        try (var db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            var now = java.sql.Timestamp.valueOf(LocalDateTime.now());
            try (var next = db.prepareStatement(postgres ? "select nextval('account_seq')" : "select next value for account_seq");
                    var account = db.prepareStatement("insert into account (id, email, full_name, password_hash, enabled,"
                            + " created_at) values (?, ?, ?, ?, true, ?)");
                    var role = db.prepareStatement("insert into account_role (account_id, role) values (?, 'LEARNER')")) {
                long id = 0;
                long last = -1;
                for (int n = 0; n < argon2 + pbkdf2; n++) {
                    if (id > last) { // the portal takes a sequence value as the end of a block of 50 ids: so do we
                        var rs = next.executeQuery();
                        rs.next();
                        last = rs.getLong(1);
                        id = last - 49;
                    }
                    account.setLong(1, id);
                    account.setString(2, email(n));
                    account.setString(3, "Học viên khai giảng " + n);
                    account.setString(4, n < argon2 ? argon2Hash : pbkdf2Hash);
                    account.setTimestamp(5, now);
                    account.addBatch();
                    role.setLong(1, id);
                    role.addBatch();
                    id++;
                }
                account.executeBatch();
                role.executeBatch();
            }
            long seated;
            try (var count = db.prepareStatement("select count(*) from enrolment e join course c on c.id = e.course_id"
                    + " where c.code = ? and e.status = 'CONFIRMED'")) {
                count.setString(1, course);
                var rs = count.executeQuery();
                rs.next();
                seated = rs.getLong(1);
            }
            try (var seats = db.prepareStatement("update course set capacity = ? where code = ?")) {
                seats.setLong(1, seated + argon2 / 2);
                seats.setString(2, course);
                if (seats.executeUpdate() != 1) {
                    throw new IllegalStateException("no course " + course);
                }
            }
            db.commit();
            System.out.printf("seeded %d Argon2id + %d PBKDF2 learners, course %s: %d seats (%d taken), %.1f s%n",
                    argon2, pbkdf2, course, seated + argon2 / 2, seated, (System.nanoTime() - t0) / 1e9);
        }
    }

    static void round(String base, String label, int first, int count, int clients, String course) throws Exception {
        String origin = URI.create(base).getScheme() + "://" + URI.create(base).getAuthority();
        var next = new AtomicInteger(first);
        int end = first + count;
        var signIns = new ConcurrentLinkedQueue<Long>();
        var learnerTimes = new ConcurrentLinkedQueue<Long>();
        var confirmed = new AtomicInteger();
        var waitlisted = new AtomicInteger();
        var busy = new AtomicInteger();
        var failures = new AtomicInteger();
        long started = System.nanoTime();
        double cpuBefore = portalCpuSeconds();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < end; n = next.getAndIncrement()) {
                        try {
                            long t0 = System.nanoTime();
                            var http = browser();
                            boolean in = false;
                            for (int attempt = 0; attempt < 30 && !in; attempt++) {
                                long s0 = System.nanoTime();
                                var answer = signIn(http, base, origin, email(n), PASSWORD);
                                signIns.add(System.nanoTime() - s0);
                                in = answer.statusCode() / 100 == 3
                                        && answer.headers().firstValue("Location").orElse("").contains("/ca-nhan");
                                if (!in) {
                                    if (answer.body().contains(BUSY_VI) || answer.body().contains(BUSY_EN)) {
                                        busy.incrementAndGet();
                                        Thread.sleep(1000);
                                    } else {
                                        throw new IllegalStateException("sign-in of " + email(n) + " refused: " + answer.statusCode());
                                    }
                                }
                            }
                            if (!in) {
                                throw new IllegalStateException("sign-in of " + email(n) + " busy 30 times");
                            }
                            var enrolled = send(http, HttpRequest.newBuilder(URI.create(base + "/api/khoa-hoc/" + course + "/dang-ky"))
                                    .header("Origin", origin).POST(HttpRequest.BodyPublishers.noBody()));
                            var status = STATUS.matcher(enrolled.body());
                            if (enrolled.statusCode() != 201 || !status.find()) {
                                throw new IllegalStateException("enrolment of " + email(n) + ": " + enrolled.statusCode() + " " + enrolled.body());
                            }
                            (status.group(1).equals("CONFIRMED") ? confirmed : waitlisted).incrementAndGet();
                            learnerTimes.add(System.nanoTime() - t0);
                        } catch (Exception e) {
                            if (failures.incrementAndGet() <= 10) {
                                System.err.println(e);
                            }
                        }
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        double cpu = portalCpuSeconds() - cpuBefore;
        System.out.printf("%n%s: %d learners, %d concurrent clients%n", label, count, clients);
        System.out.printf("  all signed in and enrolled in %.1f s: %.2f sign-ins/s (1,000 at this rate: %.0f s)%n",
                elapsed, learnerTimes.size() / elapsed, 1000 / (learnerTimes.size() / elapsed));
        System.out.printf("  enrolments: %d confirmed + %d waitlisted; \"busy, try again\" answers: %d; failures: %d%n",
                confirmed.get(), waitlisted.get(), busy.get(), failures.get());
        if (cpuBefore >= 0) {
            double perLearner = cpu / Math.max(1, learnerTimes.size());
            System.out.printf("  portal processor time: %.0f ms per learner (sign-in, its retries and enrolment); on 2 free"
                    + " processors that allows %.1f learners/s, 1,000 in %.0f s%n", perLearner * 1000, 2 / perLearner,
                    1000 * perLearner / 2);
        }
        print("  sign-in (page + form POST)  ", signIns);
        print("  learner (page+sign-in+enrol)", learnerTimes);
    }

    static void print(String label, ConcurrentLinkedQueue<Long> times) {
        var sorted = times.stream().sorted().toList();
        if (!sorted.isEmpty()) {
            System.out.printf("%s p50 %7.0f ms   p99 %7.0f ms   max %7.0f ms%n", label, pct(sorted, 50), pct(sorted, 99),
                    sorted.getLast() / 1e6);
        }
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

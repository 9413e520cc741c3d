import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The load and the judge of the database-away fault ({@code java AwayProbe.java <portal> <proxy-control-port>
 * <away-seconds> <request-log>}). A steady light load (three clients, a request every 150 ms each) of public pages,
 * public API calls, and a signed-in learner's pages and API calls runs while TcpProxy takes PostgreSQL away for the
 * given time and gives it back. It fails if, before the cut, anything is not 200; while the database is away, an
 * answer takes more than 6 s, is a 500 or another status than 200/503, carries a stack trace, or an /api error is
 * not problem JSON; or if, within 90 s of the database's return, every kind of request is not 200 again without
 * signing in again or restarting the portal. Prints the figures as its last line.
 */
public class AwayProbe {

    record Answer(String phase, String path, int status, long millis, String type, boolean stackTrace, long endedAt) {}

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]*)\"");
    static final Pattern STACK = Pattern.compile("\\bat (vn\\.bentre|java\\.|jakarta\\.|org\\.|com\\.|fish\\.)|Exception:|StackTrace");
    static final long ANSWER_LIMIT_MS = 6_000;

    static final List<String> PUBLIC = List.of("/", "/tin-tuc", "/khoa-hoc", "/tim-kiem?q=d%E1%BB%ABa", "/api/khoa-hoc", "/api/noi-dung");
    static final List<String> SIGNED_IN = List.of("/api/toi/dang-ky", "/api/ho-so/toi", "/ca-nhan/ho-so-boi-duong");

    static volatile String phase = "before";

    /** When the cut began (System.nanoTime); a request still in flight then belongs to the outage, not to before. */
    static volatile long cutAt = Long.MAX_VALUE;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int control = Integer.parseInt(args[1]);
        int awaySeconds = Integer.parseInt(args[2]);
        var requestLog = new PrintStream(args[3], StandardCharsets.UTF_8);
        var anonymous = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var learner = signIn(base, "hocvien@demo.ocop-bentre.vn", "ocop-bentre-demo");
        var answers = new ConcurrentLinkedQueue<Answer>();
        var paths = new ArrayList<String>();
        paths.addAll(PUBLIC);
        paths.addAll(SIGNED_IN);

        var running = new java.util.concurrent.atomic.AtomicBoolean(true);
        var pool = Executors.newVirtualThreadPerTaskExecutor();
        for (int client = 0; client < 3; client++) {
            int offset = client * 3;
            pool.submit(() -> {
                for (int i = offset; running.get(); i++) {
                    String path = paths.get(i % paths.size());
                    var http = SIGNED_IN.contains(path) ? learner : anonymous;
                    String startedIn = phase;
                    long t0 = System.nanoTime();
                    int status;
                    String type = "";
                    boolean stack = false;
                    try {
                        var response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                        .timeout(Duration.ofSeconds(60)).header("Accept", path.startsWith("/api") ? "application/json" : "text/html")
                                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                        status = response.statusCode();
                        type = response.headers().firstValue("Content-Type").orElse("");
                        stack = STACK.matcher(response.body()).find();
                    } catch (Exception e) {
                        status = -1;
                        type = e.getClass().getSimpleName();
                    }
                    long t1 = System.nanoTime();
                    // a request sent before the cut but answered after it began was caught by the outage
                    String counted = startedIn.equals("before") && t1 >= cutAt ? "away" : startedIn;
                    var answer = new Answer(counted, path, status, (t1 - t0) / 1_000_000, type, stack, t1);
                    answers.add(answer);
                    synchronized (requestLog) {
                        requestLog.printf("%s %s %d %d ms %s%s%n", answer.phase, path, status, answer.millis, type, stack ? " STACK-TRACE" : "");
                    }
                    Thread.sleep(150);
                }
                return null;
            });
        }

        Thread.sleep(8_000);
        cutAt = System.nanoTime();
        phase = "away";
        System.out.println("proxy: " + command(control, "cut") + " connections");
        Thread.sleep(awaySeconds * 1000L);
        phase = "after";
        long openAt = System.nanoTime();
        System.out.println("proxy: " + command(control, "open"));

        // recovered: every kind of request answered 200 after the last answer that was not, and 10 s of nothing else
        long limit = openAt + Duration.ofSeconds(90).toNanos();
        long recoveredAt = -1;
        while (System.nanoTime() < limit) {
            Thread.sleep(500);
            long lastBad = openAt;
            for (var a : answers) {
                if (a.endedAt > openAt && a.status != 200) {
                    lastBad = Math.max(lastBad, a.endedAt);
                }
            }
            long since = lastBad;
            var good = answers.stream().filter(a -> a.endedAt > since && a.status == 200).map(Answer::path)
                    .collect(Collectors.toSet());
            if (good.containsAll(paths) && System.nanoTime() - lastBad > Duration.ofSeconds(10).toNanos()) {
                recoveredAt = lastBad;
                break;
            }
        }
        running.set(false);
        pool.close();
        requestLog.close();

        var problems = new ArrayList<String>();
        var before = answers.stream().filter(a -> a.phase.equals("before")).toList();
        var away = answers.stream().filter(a -> a.phase.equals("away")).toList();
        before.stream().filter(a -> a.status != 200).limit(3)
                .forEach(a -> problems.add("before the cut " + a.path + " answered " + a.status));
        long slowest = away.stream().mapToLong(Answer::millis).max().orElse(0);
        for (var a : away) {
            if (a.millis > ANSWER_LIMIT_MS) {
                problems.add(a.path + " took " + a.millis + " ms");
            } else if (a.status != 200 && a.status != 503) {
                problems.add(a.path + " answered " + a.status + " (" + a.type + ")");
            } else if (a.stackTrace) {
                problems.add(a.path + " showed a stack trace");
            } else if (a.path.startsWith("/api") && a.status == 503 && !a.type.startsWith("application/problem+json")) {
                problems.add(a.path + " answered 503 as " + a.type + ", not problem JSON");
            }
        }
        long unavailable = away.stream().filter(a -> a.status == 503).count();
        long served = away.stream().filter(a -> a.status == 200).count();
        String recovery = recoveredAt < 0 ? "none within 90 s" : String.format("%.1f s", (recoveredAt - openAt) / 1e9);
        if (recoveredAt < 0) {
            answers.stream().filter(a -> a.phase.equals("after") && a.status != 200).skip(Math.max(0, answers.size() - 3))
                    .forEach(a -> problems.add("after the return " + a.path + " answered " + a.status));
            problems.add("not 200 again within 90 s of the database's return");
        }
        if (away.isEmpty()) {
            problems.add("no request while the database was away");
        }
        var distinct = problems.stream().distinct().limit(6).toList();
        System.out.printf("FIGURES %d requests before, %d while away (%d × 503, %d × 200 from the page cache or without the database), slowest %d ms, recovery %s after the database's return, %d requests after%s%n",
                before.size(), away.size(), unavailable, served, slowest, recovery,
                answers.stream().filter(a -> a.phase.equals("after")).count(),
                distinct.isEmpty() ? "" : " — " + String.join("; ", distinct));
        System.exit(distinct.isEmpty() ? 0 : 1);
    }

    static String command(int port, String command) throws Exception {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port);
                var out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            out.println(command);
            return in.readLine();
        }
    }

    static HttpClient signIn(String base, String email, String password) throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String origin = URI.create(base).getScheme() + "://" + URI.create(base).getAuthority();
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/dang-nhap")).build(), HttpResponse.BodyHandlers.ofString()).body();
        var form = new LinkedHashMap<String, String>();
        form.put("login", "login");
        form.put("login:email", email);
        form.put("login:password", password);
        form.put("login:submit", "x");
        var vs = VIEW_STATE.matcher(login);
        if (vs.find()) form.put("jakarta.faces.ViewState", vs.group(1));
        var nonce = NONCE.matcher(login);
        if (nonce.find()) form.put("primefaces.nonce", nonce.group(1));
        http.send(HttpRequest.newBuilder(URI.create(base + "/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.discarding());
        int mine = http.send(HttpRequest.newBuilder(URI.create(base + "/api/toi/dang-ky")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (mine != 200) {
            throw new IllegalStateException("the demo learner could not sign in (" + mine + ")");
        }
        return http;
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

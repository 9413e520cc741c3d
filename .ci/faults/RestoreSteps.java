import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The HTTP side of the pg_dump fault ({@code java RestoreSteps.java add|check <portal> <facts-file>}), through the
 * pages and the API as people use them. {@code add}: a new learner registers, signs in and enrols in a course over
 * REST; the demo editor writes a news item, uploads a PDF to it and submits it, the demo administrator publishes it
 * (the four-eyes workflow); what was made is written to the
 * facts file. {@code check} (on the portal started on the restored database): the news item's public page shows it,
 * its file downloads with the same bytes, the learner signs in with the same password and sees the same
 * enrolment, and one more learner can register (the sequences came back too). Exits non-zero on the first miss.
 */
public class RestoreSteps {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]*)\"");
    static final String PASSWORD = "sao-luu-khoi-phuc-2026";
    static final String COURSE = "quan-tri-htx-k1";

    public static void main(String[] args) throws Exception {
        String base = args[1];
        Path factsFile = Path.of(args[2]);
        if (args[0].equals("add")) {
            add(base, factsFile);
        } else {
            check(base, factsFile);
        }
    }

    static void add(String base, Path factsFile) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        var facts = new Properties();
        String email = "sao-luu-" + run + "@fault.ocop-bentre.vn";
        var learner = new Browser(base);
        learner.register(email, "Học viên sao lưu");
        learner.signIn(email, PASSWORD);
        var enrolled = learner.api("POST", "/api/khoa-hoc/" + COURSE + "/dang-ky");
        expect(enrolled.statusCode() == 201, "enrolment answered " + enrolled.statusCode() + " " + enrolled.body());
        var id = Pattern.compile("\"id\":(\\d+)").matcher(enrolled.body());
        expect(id.find(), "no enrolment id in " + enrolled.body());
        facts.setProperty("email", email);
        facts.setProperty("enrolment", id.group(1));

        var editor = new Browser(base);
        editor.signIn("bientap@demo.ocop-bentre.vn", "ocop-bentre-demo");
        String title = "Kiểm tra sao lưu và khôi phục " + run;
        String slug = "kiem-tra-sao-luu-" + run;
        var form = editor.get("/bien-tap/soan");
        var saved = editor.submit(form, "editor", Map.of(
                "editor:type", "NEWS", "editor:title", title, "editor:slug", slug,
                "editor:summary", "Bài kiểm tra sao lưu cơ sở dữ liệu.",
                "editor:body_input", "<p>Nội dung được sao lưu bằng pg_dump và khôi phục bằng pg_restore.</p>",
                "editor:language", "vi", "editor:save", "x"), null);
        var item = Pattern.compile("[?&]id=(\\d+)").matcher(saved.uri().toString());
        expect(item.find(), "the news item was not saved: " + saved.statusCode() + " " + saved.uri() + " " + snippet(saved.body()));

        byte[] pdf = ("%PDF-1.4\n% tep dinh kem " + run + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        var uploadPage = editor.get("/bien-tap/tep?bai=" + item.group(1));
        var uploaded = editor.submit(uploadPage, "upload", Map.of("upload:item", item.group(1), "upload:submit", "x"),
                new Upload("upload:file", "bien-ban-" + run + ".pdf", "application/pdf", pdf));
        var file = Pattern.compile("/tep/[A-Za-z0-9_-]+/bien-ban-" + run + "\\.pdf").matcher(uploaded.body());
        expect(file.find(), "the file was not uploaded: " + uploaded.statusCode() + " " + snippet(uploaded.body()));

        // four eyes: the editor submits it, the administrator publishes it
        var editorForm = editor.get("/bien-tap/soan?id=" + item.group(1));
        var submitted = editor.submit(editorForm, "editor", Map.of("editor:submit", "x"), null);
        var admin = new Browser(base);
        admin.signIn("quantri@demo.ocop-bentre.vn", "ocop-bentre-demo");
        var reviewForm = admin.get("/bien-tap/soan?id=" + item.group(1));
        expect(reviewForm.body().contains("editor:publishNow"),
                "the administrator cannot publish the submitted item: " + snippet(submitted.body()));
        var published = admin.submit(reviewForm, "editor", Map.of("editor:publishNow", "x"), null);
        var page = editor.get("/tin-tuc/" + slug);
        expect(page.statusCode() == 200 && page.body().contains(title),
                "the news item is not public after publishing: " + page.statusCode() + " " + snippet(published.body()));
        var download = new Browser(base).bytes(file.group());
        expect(download.statusCode() == 200, "the published file answered " + download.statusCode());
        facts.setProperty("title", title);
        facts.setProperty("slug", slug);
        facts.setProperty("file", file.group());
        facts.setProperty("sha256", sha256(download.body()));
        try (var out = Files.newBufferedWriter(factsFile, StandardCharsets.UTF_8)) {
            facts.store(out, null);
        }
        System.out.println("added: learner " + email + " enrolment " + id.group(1) + ", news " + slug + " with " + file.group());
    }

    static void check(String base, Path factsFile) throws Exception {
        var facts = new Properties();
        try (var in = Files.newBufferedReader(factsFile, StandardCharsets.UTF_8)) {
            facts.load(in);
        }
        var anonymous = new Browser(base);
        var page = anonymous.get("/tin-tuc/" + facts.getProperty("slug"));
        expect(page.statusCode() == 200 && page.body().contains(facts.getProperty("title")),
                "news item: " + page.statusCode());
        var download = anonymous.bytes(facts.getProperty("file"));
        expect(download.statusCode() == 200 && sha256(download.body()).equals(facts.getProperty("sha256")),
                "file: " + download.statusCode() + ", " + download.body().length + " bytes, sha256 " + sha256(download.body()));
        var learner = new Browser(base);
        learner.signIn(facts.getProperty("email"), PASSWORD);
        var mine = learner.api("GET", "/api/toi/dang-ky");
        expect(mine.body().contains("\"id\":" + facts.getProperty("enrolment") + ",") && mine.body().contains(COURSE),
                "enrolment " + facts.getProperty("enrolment") + " not in " + snippet(mine.body()));
        String another = "sau-khoi-phuc-" + Long.toString(System.currentTimeMillis(), 36) + "@fault.ocop-bentre.vn";
        var newcomer = new Browser(base);
        newcomer.register(another, "Học viên sau khôi phục");
        newcomer.signIn(another, PASSWORD);
        System.out.println("found: the news item, its file (" + download.body().length + " bytes, same SHA-256), the learner's sign-in"
                + " and enrolment " + facts.getProperty("enrolment") + "; a new learner registered after the restore");
    }

    static void expect(boolean condition, String message) {
        if (!condition) {
            System.out.println("MISSING " + message);
            System.exit(1);
        }
    }

    static String snippet(String body) {
        var error = Pattern.compile("class=\"(field-error|messages[^\"]*)\"[^>]*>(.{0,300})").matcher(body);
        return error.find() ? error.group(2) : body.substring(0, Math.min(200, body.length()));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    record Upload(String field, String name, String type, byte[] bytes) {}

    /** A person's browser: cookies, the Faces forms' hidden fields, redirects followed. */
    static final class Browser {
        final String base;
        final String origin;
        final HttpClient http;

        Browser(String base) {
            this.base = base;
            this.origin = URI.create(base).getScheme() + "://" + URI.create(base).getAuthority();
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<byte[]> bytes(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<String> api(String method, String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Origin", origin).header("Accept", "application/json")
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Posts the form with this id on the page, with its hidden Faces fields and the given values. */
        HttpResponse<String> submit(HttpResponse<String> page, String form, Map<String, String> values, Upload upload)
                throws Exception {
            var tag = Pattern.compile("<form[^>]*\\bid=\"" + form + "\"[^>]*>").matcher(page.body());
            expect(tag.find(), "no form " + form + " on " + page.uri() + " (" + page.statusCode() + ")");
            var action = Pattern.compile("action=\"([^\"]*)\"").matcher(tag.group());
            expect(action.find(), "form " + form + " has no action");
            String target = action.group(1).replace("&amp;", "&");
            var fields = new LinkedHashMap<String, String>();
            fields.put(form, form);
            fields.putAll(values);
            var rest = page.body().substring(tag.end());
            var vs = VIEW_STATE.matcher(rest);
            if (vs.find()) fields.put("jakarta.faces.ViewState", vs.group(1));
            var nonce = NONCE.matcher(rest);
            if (nonce.find()) fields.put("primefaces.nonce", nonce.group(1));
            var request = HttpRequest.newBuilder(URI.create(origin).resolve(target)).timeout(Duration.ofSeconds(60))
                    .header("Origin", origin);
            if (upload == null) {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
            } else {
                String boundary = "----fault" + System.nanoTime();
                var parts = new ArrayList<byte[]>();
                for (var e : fields.entrySet()) {
                    parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                            + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
                }
                parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + upload.field()
                        + "\"; filename=\"" + upload.name() + "\"\r\nContent-Type: " + upload.type() + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                parts.add(upload.bytes());
                parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
                request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArrays(parts));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        void register(String email, String name) throws Exception {
            var page = get("/dang-ky");
            submit(page, "register", Map.of("register:fullName", name, "register:email", email,
                    "register:learnerGroup", "COOP_MANAGER", "register:password", PASSWORD,
                    "register:passwordAgain", PASSWORD, "register:submit", "x"), null);
        }

        void signIn(String email, String password) throws Exception {
            var page = get("/dang-nhap");
            submit(page, "login", Map.of("login:email", email, "login:password", password, "login:submit", "x"), null);
            var mine = api("GET", "/api/toi/dang-ky");
            expect(mine.statusCode() == 200, "sign-in of " + email + ": " + mine.statusCode());
        }
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

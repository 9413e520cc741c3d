package vn.bentre.ocop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bentre.ocop.support.Deployments;
import vn.bentre.ocop.support.WebClient;

/**
 * Issue 11's bad-input run: malformed, mistyped, huge, control-character and invalid-UTF-8 values through every
 * operation of the OpenAPI document and through the main forms. No input may get a 5xx; every refusal of the API is
 * a problem document whose detail is in the asker's language, every refusal of a form says why on the page and keeps
 * what was typed. The figures go to {@code target/security/bad-input.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    static final String DEMO_PASSWORD = "ocop-bentre-demo";

    /** Stands for bytes that are no UTF-8 at all; sent as {@code %C3%28} (a lead byte without its follower). */
    static final String INVALID_UTF8 = "\uE000invalid-utf8";

    static final String HUGE = "x".repeat(100_000);

    /** Values for query and path parameters (kept under the container's 8 KB request line). */
    static final List<String> PARAMETER_VALUES = List.of(
            "",
            "-1",
            "0",
            "1000000",
            "99999999999999999999",
            "1.5",
            "abc",
            "KHONG_CO_GIA_TRI_NAY",
            "2026-13-45",
            "a\u0000b",
            "\u0001\u0002\u001b[31m",
            INVALID_UTF8,
            "' OR '1'='1",
            "<script>x</script>",
            "../../etc/passwd",
            "y".repeat(3000));

    /** Values typed into form fields. */
    static final List<String> FIELD_VALUES = List.of(
            "",
            "-1",
            "99999999999999999999",
            "KHONG_CO",
            "2026-13-45 25:61",
            "a\u0000b",
            "\u0001\u0002\u001b[31m",
            INVALID_UTF8,
            "<script>x</script>",
            HUGE);

    /** Request bodies for the operations that take one: content type and text. */
    static final List<String[]> BODIES = List.of(
            new String[] {"application/json", "{bad"},
            new String[] {"application/json", "[1, 2, 3]"},
            new String[] {"application/json", "\"text\""},
            new String[] {"application/json", "{\"a\": 1e999999, \"b\": -99999999999999999999999}"},
            new String[] {"application/json", "{\"x\": \"" + HUGE + "\"}"},
            new String[] {"application/json", "{\"x\": \"a\\u0000b\"}"},
            new String[] {"text/xml", "<a><b></a>"},
            new String[] {"multipart/form-data; boundary=zz", "--zz\r\nbroken"},
            new String[] {"application/x-www-form-urlencoded", "a=%ZZ&b"},
            new String[] {"text/csv", "ten,ma\n\u0000,\u0001\n" + "z".repeat(5000)});

    private static final List<String> REPORT = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(SecurityFixtures.class, SecurityProbe.class);
    }

    @ArquillianResource
    URL base;

    @AfterAll
    static void writeReport() throws IOException {
        var file = Path.of("target/security/bad-input.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, REPORT);
    }

    @Test
    void everyApiOperationRefusesBadInputWithAProblemInTheAskersLanguage() throws Exception {
        var facts = PortalSurface.facts(new WebClient(base.toURI()));
        var learner = signedIn(SecurityFixtures.LEARNER_B, SecurityFixtures.PASSWORD);
        var admin = signedIn("quantri@demo.ocop-bentre.vn", DEMO_PASSWORD);
        var outcome = new Outcome();
        var samples = Map.of(
                "id",
                facts.get("learner.b.id"),
                "code",
                PortalSurface.list(facts, "trainer.course.codes").getFirst(),
                "loai",
                "tin-tuc",
                "slug",
                "khong-co");

        for (var operation : PortalSurface.operations(learner)) {
            var caller = PortalSurface.API.get(operation.key()).contains(PortalSurface.Who.LEARNER) ? learner : admin;
            String path = PortalSurface.fill(operation.path(), samples);
            for (String parameter : operation.queryParameters()) {
                for (String value : PARAMETER_VALUES) {
                    outcome.api(caller, operation.method(), path + "?" + parameter + "=" + encode(value), null);
                }
                outcome.api(
                        caller,
                        operation.method(),
                        path + "?trang=-1&kich-thuoc=1000000&co=-5&" + parameter + "=1&" + parameter + "=2",
                        null);
            }
            var names = Pattern.compile("\\{([^}]+)}").matcher(operation.path());
            while (names.find()) {
                for (String value : PARAMETER_VALUES) {
                    if (value.isEmpty()) {
                        continue;
                    }
                    var values = new HashMap<>(samples);
                    values.put(names.group(1), encode(value).replace("+", "%20"));
                    outcome.api(caller, operation.method(), PortalSurface.fill(operation.path(), values), null);
                }
            }
            for (String[] body : BODIES) {
                outcome.api(caller, operation.method().equals("GET") ? "POST" : operation.method(), path, body);
            }
        }

        report("API", outcome);
        assertThat(outcome.inputs).isGreaterThanOrEqualTo(300);
        assertThat(outcome.errors).as("5xx answers").isEmpty();
        assertThat(outcome.silent).as("refusals without a localised problem").isEmpty();
    }

    @Test
    void everyMainFormRefusesBadInputWithAMessageAndKeepsWhatWasTyped() throws Exception {
        var outcome = new Outcome();
        var learner = signedIn("hocvien@demo.ocop-bentre.vn", DEMO_PASSWORD);
        var trainer = signedIn("giangvien@demo.ocop-bentre.vn", DEMO_PASSWORD);
        var editor = signedIn("bientap@demo.ocop-bentre.vn", DEMO_PASSWORD);
        var english = new WebClient(base.toURI());
        english.setCookie("lang", "en");

        var registration = new LinkedHashMap<String, String>();
        registration.put("register:fullName", "Nguyễn Văn Hậu");
        registration.put("register:email", "dang-ky-{uniq}@thu-nghiem.vn");
        registration.put("register:phone", "0913 222 333");
        registration.put("register:positionTitle", "Giám đốc");
        registration.put("register:learnerGroup", "COOP_MANAGER");
        registration.put("register:organisationName", "");
        registration.put("register:password", "bưởi da xanh Chợ Lách");
        registration.put("register:passwordAgain", "bưởi da xanh Chợ Lách");
        outcome.form(
                new WebClient(base.toURI()), "/dang-ky", "register", "register:submit", registration, "Nguyễn Văn Hậu");
        // in English too: the messages come from the other bundle
        var someFields = new LinkedHashMap<>(registration);
        someFields.keySet().retainAll(List.of("register:email", "register:learnerGroup", "register:password"));
        var englishRegistration = new LinkedHashMap<>(registration);
        outcome.form(
                english,
                "/dang-ky",
                "register",
                "register:submit",
                englishRegistration,
                someFields.keySet(),
                "Nguyễn Văn Hậu");

        var profile = new LinkedHashMap<String, String>();
        profile.put("profile:fullName", "Phạm Thị Mỹ Linh");
        profile.put("profile:phone", "0913 444 555");
        profile.put("profile:positionTitle", "Kế toán hợp tác xã thử");
        profile.put("profile:learnerGroup", "COOP_MANAGER");
        outcome.form(learner, "/ca-nhan/ho-so", "profile", "profile:save", profile, "Kế toán hợp tác xã thử");

        var course = new LinkedHashMap<String, String>();
        course.put("course:code", "lop-{uniq}");
        course.put("course:title", "Lớp thử đầu vào xấu");
        course.put("course:description", "Khóa học để thử các đầu vào xấu.");
        course.put("course:topic", "Thử nghiệm");
        course.put("course:audience", "ANYONE");
        course.put("course:capacity", "10");
        course.put("course:hours", "4");
        course.put("course:attendancePercent", "80");
        course.put("course:sessions:0:venue", "Hội trường xã Ba Tri");
        course.put("course:sessions:0:onlineLink", "");
        outcome.form(trainer, "/giang-vien/soan-khoa-hoc", "course", "course:save", course, "Lớp thử đầu vào xấu");

        var content = new LinkedHashMap<String, String>();
        content.put("editor:type", "NEWS");
        content.put("editor:title", "Tin thử đầu vào xấu {uniq}");
        content.put("editor:slug", "");
        content.put("editor:summary", "Tóm tắt của tin thử đầu vào xấu");
        content.put("editor:body_input", "<p>Nội dung</p>");
        content.put("editor:language", "vi");
        content.put("editor:expiresAt_input", "");
        outcome.form(editor, "/bien-tap/soan", "editor", "editor:save", content, "Tóm tắt của tin thử đầu vào xấu");

        // search and the course page (enrolment) take their input in the address
        var reader = new WebClient(base.toURI());
        for (String value : PARAMETER_VALUES) {
            outcome.page(reader, "/tim-kiem?q=" + encode(value) + "&loai=" + encode(value));
            outcome.page(reader, "/tim-kiem?q=dua&trang=" + encode(value));
            outcome.page(reader, "/khoa-hoc?trang=" + encode(value) + "&doi-tuong=" + encode(value));
            outcome.page(reader, "/khoa-hoc/" + encode(value).replace("+", "%20"));
        }
        var enrolPage = learner.get("/khoa-hoc").body();
        var codeLink = Pattern.compile("href=\"/khoa-hoc/([a-z0-9-]+)\"").matcher(enrolPage);
        assertThat(codeLink.find()).isTrue();
        var coursePage = learner.get("/khoa-hoc/" + codeLink.group(1)).body();
        assertThat(coursePage).contains("enrol");
        for (String value : List.of("x", "", "-1", "a\u0000b", HUGE)) {
            var answer = learner.follow(learner.post(
                    "/khoa-hoc/" + codeLink.group(1),
                    Map.of("enrol", "enrol", "enrol:enrolButton", "x", "jakarta.faces.ViewState", value)));
            outcome.answer("POST enrol with view state " + shorten(value), answer, null);
            // a view state that restores nothing is an expired form: the course page again, saying so
            assertThat(answer.uri().toString()).endsWith("/khoa-hoc/" + codeLink.group(1) + "?het-han=1");
        }

        // sign-in last: its refusals count against this address's sign-in throttle
        var signIn = new LinkedHashMap<String, String>();
        signIn.put("login:email", "khong-co-ai-{uniq}@thu-nghiem.vn");
        signIn.put("login:password", "mat-khau-sai");
        outcome.form(new WebClient(base.toURI()), "/dang-nhap", "login", "login:submit", signIn, null);

        report("Forms", outcome);
        assertThat(outcome.inputs).isGreaterThanOrEqualTo(300);
        assertThat(outcome.errors).as("5xx answers").isEmpty();
        assertThat(outcome.silent).as("refusals without a message").isEmpty();
        assertThat(outcome.lost).as("re-shown forms that lost what was typed").isEmpty();
        assertThat(outcome.unnamed)
                .as("messages naming a field by its internal id")
                .isEmpty();
    }

    /** What the inputs got. */
    final class Outcome {
        int inputs;
        int accepted;
        int refused;
        final List<String> errors = new ArrayList<>();
        final List<String> silent = new ArrayList<>();
        final List<String> lost = new ArrayList<>();
        final List<String> unnamed = new ArrayList<>();
        final List<String> container = new ArrayList<>();

        /** One API input, asked in Vietnamese and in English: the refusal is a problem, localised both times. */
        void api(WebClient client, String method, String url, String[] body) throws IOException, InterruptedException {
            inputs++;
            String what = method + " " + shorten(url) + (body == null ? "" : " [" + body[0] + "] " + shorten(body[1]));
            HttpResponse<String> vi;
            HttpResponse<String> en;
            try {
                vi = send(client, method, url, body, "vi");
                en = send(client, method, url, body, "en");
            } catch (IOException dropped) {
                silent.add("connection dropped (" + dropped.getMessage() + "): " + what);
                return;
            }
            int status = vi.statusCode();
            if (status >= 500 || en.statusCode() >= 500) {
                errors.add(status + " " + what + " " + shorten(vi.body()));
                return;
            }
            if (status < 400) {
                accepted++;
                return;
            }
            refused++;
            if (isContainerRefusal(vi)) {
                container.add(status + " " + what);
                return;
            }
            String detailVi = member(vi.body(), "detail");
            String detailEn = member(en.body(), "detail");
            boolean problem = vi.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                    && !member(vi.body(), "title").isBlank()
                    && !detailVi.isBlank()
                    && !detailEn.isBlank()
                    && !detailVi.equals(detailEn);
            if (!problem) {
                silent.add(status + " " + what + " vi: " + shorten(detailVi) + " | en: " + shorten(detailEn));
            }
        }

        /** Every field of a form, one bad value at a time, the others as typed by a careful person. */
        void form(WebClient client, String path, String form, String button, Map<String, String> valid, String kept)
                throws IOException, InterruptedException {
            form(client, path, form, button, valid, valid.keySet(), kept);
        }

        void form(
                WebClient client,
                String path,
                String form,
                String button,
                Map<String, String> valid,
                java.util.Set<String> broken,
                String kept)
                throws IOException, InterruptedException {
            for (String field : List.copyOf(broken)) {
                if (field.endsWith("passwordAgain")) {
                    continue;
                }
                for (String value : FIELD_VALUES) {
                    var page = client.get(path);
                    if (page.statusCode() != 200) {
                        errors.add("form page " + path + " -> " + page.statusCode());
                        return;
                    }
                    var fields = defaults(page.body(), form);
                    String uniq = UUID.randomUUID().toString().substring(0, 8);
                    valid.forEach((k, v) -> fields.put(k, v.replace("{uniq}", uniq)));
                    fields.put(field, value);
                    if (field.endsWith(":password")) {
                        fields.put(field + "Again", value);
                    }
                    fields.put(form, form);
                    fields.put(button, "x");
                    fields.put("jakarta.faces.ViewState", find(VIEW_STATE, page.body()));
                    fields.put("primefaces.nonce", find(NONCE, page.body()));
                    var answer = client.follow(client.send(HttpRequest.newBuilder(client.uri(path))
                            .version(HttpClient.Version.HTTP_1_1)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Origin", base.getProtocol() + "://" + base.getHost() + ":" + base.getPort())
                            .POST(HttpRequest.BodyPublishers.ofString(formBody(fields)))));
                    answer(
                            "POST " + path + " " + field + "=" + shorten(value),
                            answer,
                            kept == null
                                            || field.equals(kept.replace("{uniq}", ""))
                                            || valid.get(field).equals(kept)
                                    ? null
                                    : kept);
                }
            }
        }

        void page(WebClient client, String url) throws IOException, InterruptedException {
            HttpResponse<String> answer;
            try {
                answer = client.follow(client.send(HttpRequest.newBuilder(client.uri(url))
                        .version(HttpClient.Version.HTTP_1_1)
                        .GET()));
            } catch (IOException dropped) {
                inputs++;
                silent.add("connection dropped (" + dropped.getMessage() + "): GET " + shorten(url));
                return;
            }
            answer("GET " + shorten(url), answer, null);
        }

        /** A form's or page's answer: accepted, or refused with a message (and, re-shown, with what was typed). */
        void answer(String what, HttpResponse<String> answer, String kept) {
            inputs++;
            int status = answer.statusCode();
            String body = answer.body();
            if (status >= 500) {
                errors.add(status + " " + what);
                return;
            }
            if (isContainerRefusal(answer)) {
                refused++;
                container.add(status + " " + what);
                return;
            }
            if (status >= 400) {
                refused++;
                if (!ERROR_MESSAGE.matcher(body).find()) {
                    silent.add(status + " " + what);
                }
                return;
            }
            boolean refusal = body.contains("class=\"field-error\"") || body.contains("class=\"msg-error\"");
            if (!refusal) {
                accepted++;
                return;
            }
            refused++;
            var messages = MESSAGE.matcher(body);
            while (messages.find()) {
                if (INTERNAL_ID.matcher(messages.group(1)).find()) {
                    unnamed.add(what + " (" + shorten(messages.group(1).strip()) + ")");
                }
            }
            if (kept != null && !body.contains(kept)) {
                lost.add(what + " (lost: " + kept + ")");
            }
        }
    }

    private static final Pattern MESSAGE = Pattern.compile("class=\"(?:msg-error|field-error)\"[^>]*>([^<]*)<");

    /** A message that names the field by its component id ("course:capacity: ...") instead of its label. */
    private static final Pattern INTERNAL_ID = Pattern.compile("\\b(register|profile|course|editor|login):[a-zA-Z]");

    /** A page of the portal's own that says what went wrong: an error page or a form message. */
    static final Pattern ERROR_MESSAGE = Pattern.compile("<h1[^>]*>[^<]+</h1>|class=\"(msg-error|field-error)\"");

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]*)\"");

    /** The values a form shows before anyone types: its inputs' values and each menu's selected (or first) option. */
    static Map<String, String> defaults(String page, String form) {
        var fields = new LinkedHashMap<String, String>();
        var inputs = Pattern.compile("<input[^>]*>").matcher(page);
        while (inputs.find()) {
            String input = inputs.group();
            var name = Pattern.compile("name=\"(" + form + ":[^\"]*)\"").matcher(input);
            if (!name.find() || input.contains("type=\"submit\"") || input.contains("type=\"checkbox\"")) {
                continue;
            }
            var value = Pattern.compile("value=\"([^\"]*)\"").matcher(input);
            fields.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
        }
        var selects = Pattern.compile("<select[^>]*name=\"(" + form + ":[^\"]*)\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(page);
        while (selects.find()) {
            var selected = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected")
                    .matcher(selects.group(2));
            var first = Pattern.compile("<option[^>]*value=\"([^\"]*)\"").matcher(selects.group(2));
            fields.put(
                    selects.group(1),
                    selected.find() ? unescape(selected.group(1)) : first.find() ? unescape(first.group(1)) : "");
        }
        return fields;
    }

    /** Grizzly refuses some requests before the portal sees them, with an empty 400 (see the report). */
    static boolean isContainerRefusal(HttpResponse<String> answer) {
        return answer.statusCode() == 400
                && answer.body().isEmpty()
                && answer.headers().firstValue("Content-Type").isEmpty();
    }

    private HttpResponse<String> send(WebClient client, String method, String url, String[] body, String language)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(client.uri(url))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Accept-Language", language)
                .header("Origin", base.getProtocol() + "://" + base.getHost() + ":" + base.getPort());
        if (body == null) {
            return client.send(request.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        request.header("Content-Type", body[0]);
        return client.send(request.method(method, HttpRequest.BodyPublishers.ofString(body[1])));
    }

    private void report(String part, Outcome outcome) {
        REPORT.add(part + ": inputs " + outcome.inputs + ", accepted " + outcome.accepted + ", refused "
                + outcome.refused + ", 5xx " + outcome.errors.size() + ", refusals without a message "
                + outcome.silent.size() + ", typed input lost " + outcome.lost.size() + ", fields named by their id "
                + outcome.unnamed.size()
                + ", refused by the container before the portal " + outcome.container.size());
        outcome.errors.forEach(e -> REPORT.add("  5xx: " + e));
        outcome.silent.forEach(e -> REPORT.add("  no message: " + e));
        outcome.lost.forEach(e -> REPORT.add("  lost: " + e));
        outcome.unnamed.forEach(e -> REPORT.add("  field named by its id: " + e));
        outcome.container.forEach(e -> REPORT.add("  container: " + e));
        System.out.println(String.join("\n", REPORT));
    }

    private WebClient signedIn(String email, String password) throws Exception {
        var web = new WebClient(base.toURI());
        var landing = web.signIn(email, password);
        assertThat(landing.uri().getPath()).as("signed in: " + email).isNotEqualTo("/dang-nhap");
        return web;
    }

    /** URL-encodes a value; {@link #INVALID_UTF8} becomes bytes that are no UTF-8. */
    static String encode(String value) {
        return value.equals(INVALID_UTF8) ? "%C3%28%FF" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String member(String json, String name) {
        var matcher =
                Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static String shorten(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "…(" + text.length() + ")";
    }
}

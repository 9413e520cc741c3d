package vn.bentre.ocop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bentre.ocop.identity.AdminServiceProbe;
import vn.bentre.ocop.support.Deployments;
import vn.bentre.ocop.support.WebClient;

/** What a reader and a signed-in user see over HTTP, on a real Payara Micro. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebIT {

    static final String DEMO_PASSWORD = "ocop-bentre-demo";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(AdminServiceProbe.class);
    }

    @ArquillianResource
    URL base;

    WebClient web;

    @BeforeEach
    void newBrowser() throws Exception {
        web = new WebClient(base.toURI());
    }

    @Test
    void homePageSpeaksVietnameseAndOpensNoSession() throws Exception {
        var home = web.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains(
                        "lang=\"vi\"",
                        "Chương trình Mỗi xã một sản phẩm tỉnh Bến Tre",
                        "Văn phòng Điều phối Chương trình OCOP tỉnh",
                        "Bỏ qua, đến nội dung chính");
        assertThat(home.headers().allValues("Set-Cookie"))
                .as("anonymous reading creates no session")
                .isEmpty();
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        var headers = web.get("/").headers();

        assertThat(headers.firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("frame-ancestors 'none'", "object-src 'none'", "script-src 'self' 'nonce-");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        // the same page again comes from the rendered-page cache: it must carry the same headers
        var cached = web.get("/").headers();
        assertThat(cached.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(cached.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(web.get("/api").headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("default-src 'none'");
    }

    @Test
    void languageSwitchShowsTheSamePageInEnglish() throws Exception {
        var switched = web.get("/ngon-ngu?lang=en&next=%2Fdang-nhap");

        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(switched.headers().firstValue("Location")).get().asString().endsWith("/dang-nhap");
        var page = web.get("/dang-nhap").body();
        assertThat(page).contains("lang=\"en\"", "Sign in", "Tiếng Việt");
    }

    @Test
    void languageSwitchNeverRedirectsToAnotherSite() throws Exception {
        var switched = web.get("/ngon-ngu?lang=en&next=%2F%2Fevil.example%2F");

        assertThat(switched.headers().firstValue("Location"))
                .get()
                .asString()
                .doesNotContain("evil.example")
                .endsWith("/");
    }

    @Test
    void unknownPageIsALocalisedNotFoundWithoutStackTrace() throws Exception {
        var missing = web.get("/trang-khong-ton-tai");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body())
                .contains("Không tìm thấy trang")
                .doesNotContain("at vn.bentre", "at jakarta.", "Caused by");
    }

    @Test
    void protectedPageSendsAnonymousVisitorToLogin() throws Exception {
        var admin = web.get("/quan-tri/");

        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location")).get().asString().endsWith("/dang-nhap");
    }

    @Test
    void signingInGivesANewSessionAndTheRoleMenu() throws Exception {
        web.get("/quan-tri/nguoi-dung");
        String before = web.cookie("OCOPSESSION").orElseThrow();

        var landing = web.signIn("QuanTri@Demo.OCOP-BenTre.vn", DEMO_PASSWORD);

        assertThat(web.cookie("OCOPSESSION")).get().isNotEqualTo(before);
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.body()).contains("Nguyễn Thị Thu Hà", "href=\"/quan-tri/\"", "href=\"/bien-tap/\"");
        var users = web.browse("/quan-tri/nguoi-dung");
        assertThat(users.body()).contains("hocvien@demo.ocop-bentre.vn", "Học viên");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() throws Exception {
        var response = web.get("/quan-tri/");

        assertThat(response.headers().firstValue("Set-Cookie"))
                .get()
                .asString()
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void learnerSeesOnlyTheLearnerMenuAndIsRefusedTheAdminArea() throws Exception {
        var landing = web.signIn("hocvien@demo.ocop-bentre.vn", DEMO_PASSWORD);

        assertThat(landing.body())
                .contains("Phạm Thị Mỹ Linh", "href=\"/ca-nhan/\"")
                .doesNotContain("href=\"/quan-tri/\"", "href=\"/giang-vien/\"");
        var admin = web.get("/quan-tri/");
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(admin.body()).contains("Không có quyền truy cập");
    }

    @Test
    void theAdministratorsServiceItselfRefusesALearner() throws Exception {
        web.signIn("hocvien@demo.ocop-bentre.vn", DEMO_PASSWORD);
        assertThat(web.get("/test/admin-probe").statusCode()).isEqualTo(403);

        var admin = new WebClient(base.toURI());
        admin.signIn("quantri@demo.ocop-bentre.vn", DEMO_PASSWORD);
        var found = admin.get("/test/admin-probe?text=PH%E1%BA%A0M%20TH%E1%BB%8A");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(Long.parseLong(found.body().strip()))
                .as("name search ignores case")
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void trainerAndEditorSeeTheirAreas() throws Exception {
        assertThat(web.signIn("giangvien@demo.ocop-bentre.vn", DEMO_PASSWORD).body())
                .contains("href=\"/giang-vien/\"")
                .doesNotContain("href=\"/bien-tap/\"");
        var editor = new WebClient(base.toURI());
        assertThat(editor.signIn("bientap@demo.ocop-bentre.vn", DEMO_PASSWORD).body())
                .contains("href=\"/bien-tap/\"")
                .doesNotContain("href=\"/quan-tri/\"");
    }

    @Test
    void wrongPasswordIsRefusedWithAClearMessage() throws Exception {
        var page = web.signIn("hocvien@demo.ocop-bentre.vn", "not-the-password");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Thư điện tử hoặc mật khẩu không đúng");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        web.signIn("hocvien@demo.ocop-bentre.vn", DEMO_PASSWORD);
        assertThat(web.get("/ca-nhan/").statusCode()).isEqualTo(200);

        web.post("/dang-xuat", Map.of());

        assertThat(web.get("/ca-nhan/").statusCode()).isEqualTo(302);
    }

    @Test
    void formPostFromAnotherSiteIsRefused() throws Exception {
        var page = web.browse("/dang-nhap").body();
        web.pretendOrigin("https://evil.example");

        var response = web.submit(
                "/dang-nhap",
                page,
                Map.of(
                        "login",
                        "login",
                        "login:email",
                        "hocvien@demo.ocop-bentre.vn",
                        "login:password",
                        DEMO_PASSWORD,
                        "login:submit",
                        "x"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(web.cookie("OCOPSESSION")).isEmpty();
    }

    @Test
    void aNewLearnerRegistersSignsInWithHerPasswordAndIsGreeted() throws Exception {
        String email = "nguyen.van.an." + UUID.randomUUID().toString().substring(0, 8) + "@htx-giongtrom.vn";
        var form = web.browse("/dang-ky").body();

        var registered =
                web.follow(web.submit("/dang-ky", form, registration(email, "Nguyễn Văn An", "dừa xiêm xanh 2025")));

        assertThat(registered.uri().getPath()).isEqualTo("/dang-nhap");
        assertThat(registered.body()).contains("Chúng tôi đã gửi một thư tới địa chỉ bạn vừa nhập");
        var signedIn = web.signIn(email, "dừa xiêm xanh 2025");
        assertThat(signedIn.uri().getPath()).isEqualTo("/ca-nhan/");
        assertThat(signedIn.body()).contains("Chào mừng Nguyễn Văn An", "href=\"/ca-nhan/\"");
    }

    @Test
    void registeringAnAddressInUseLooksExactlyLikeRegisteringANewOne() throws Exception {
        var newcomer = new WebClient(base.toURI());
        var impostor = new WebClient(base.toURI());
        String fresh = "moi." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";

        var forNew = newcomer.submit(
                "/dang-ky",
                newcomer.browse("/dang-ky").body(),
                registration(fresh, "Trần Thị Bé Ba", "cam sành Chợ Lách 2025"));
        var forTaken = impostor.submit(
                "/dang-ky",
                impostor.browse("/dang-ky").body(),
                registration("HocVien@demo.ocop-bentre.VN", "Trần Thị Bé Ba", "cam sành Chợ Lách 2025"));

        assertThat(forTaken.statusCode()).isEqualTo(forNew.statusCode()).isEqualTo(302);
        assertThat(forTaken.headers().firstValue("Location"))
                .isEqualTo(forNew.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/dang-nhap?da-dang-ky=1"));
        assertThat(impostor.follow(forTaken).body())
                .contains("Chúng tôi đã gửi một thư tới địa chỉ bạn vừa nhập")
                .doesNotContain("đã được dùng");
        for (var client : new WebClient[] {newcomer, impostor}) {
            assertThat(client.get("/ca-nhan/").statusCode())
                    .as("registering signs nobody in")
                    .isEqualTo(302);
        }
        assertThat(new WebClient(base.toURI())
                        .signIn("hocvien@demo.ocop-bentre.vn", DEMO_PASSWORD)
                        .uri()
                        .getPath())
                .as("the owner's password is unchanged")
                .isEqualTo("/ca-nhan/");
    }

    @Test
    void repeatedWrongPasswordsSlowSignInDownUntilAnAdministratorLiftsItAudited() throws Exception {
        String email = "bi.do." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        web.submit(
                "/dang-ky", web.browse("/dang-ky").body(), registration(email, "Phan Thị Bị Dò", "sầu riêng Cái Mơn"));
        var guesser = new WebClient(base.toURI());

        // guess on, waiting each time as long as told, until the wait has grown to several seconds
        var wait = Pattern.compile("Vui lòng chờ (\\d+) giây");
        int longest = 0;
        for (int i = 0; i < 20 && longest < 5; i++) {
            var told = wait.matcher(guesser.signIn(email, "đoán thử " + i).body());
            if (told.find()) {
                int seconds = Integer.parseInt(told.group(1));
                longest = Math.max(longest, seconds);
                Thread.sleep(seconds * 1000L + 200);
            }
        }
        assertThat(longest).as("the wait grows with every further failure").isGreaterThanOrEqualTo(5);
        guesser.signIn(email, "đoán thêm lần nữa");
        assertThat(new WebClient(base.toURI())
                        .signIn(email, "sầu riêng Cái Mơn")
                        .body())
                .as("right after the guesses, from the same address")
                .contains("Có quá nhiều lần đăng nhập sai");

        var admin = new WebClient(base.toURI());
        admin.signIn("quantri@demo.ocop-bentre.vn", DEMO_PASSWORD);
        assertThat(admin.get("/quan-tri/nguoi-dung").body())
                .as("the newest account, first in the administrators' list")
                .contains(email, "Đang bị làm chậm đăng nhập", "Gỡ hạn chế đăng nhập");
        assertThat(admin.get("/test/admin-probe?lift=" + email).statusCode()).isEqualTo(200);

        assertThat(new WebClient(base.toURI())
                        .signIn(email, "sầu riêng Cái Mơn")
                        .uri()
                        .getPath())
                .as("lifted: the owner signs in at once")
                .isEqualTo("/ca-nhan/");
        assertThat(admin.get("/quan-tri/nhat-ky").body()).contains("Gỡ hạn chế đăng nhập", email);
    }

    @Test
    void weakPasswordIsRefusedWithTheRule() throws Exception {
        var form = web.browse("/dang-ky").body();

        var response = web.submit(
                "/dang-ky",
                form,
                registration("ngan." + UUID.randomUUID() + "@example.vn", "Lê Thị Ngân", "123456789a"));

        assertThat(response.body()).contains("quá phổ biến");
    }

    @Test
    void aLearnerUpdatesTheirProfileAndSeesItKept() throws Exception {
        String email = "dang.thi.thu." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        web.follow(web.submit(
                "/dang-ky", web.browse("/dang-ky").body(), registration(email, "Đặng Thị Thu", "mật ong Thạnh Phú")));
        web.signIn(email, "mật ong Thạnh Phú");
        var form = web.browse("/ca-nhan/ho-so").body();

        var saved = web.submit(
                "/ca-nhan/ho-so",
                form,
                Map.of(
                        "profile",
                        "profile",
                        "profile:fullName",
                        "Đặng Thị Thu Trang",
                        "profile:phone",
                        "0275 3511 222",
                        "profile:organisationName",
                        "Hợp tác xã Mật ong Thạnh Phú",
                        "profile:positionTitle",
                        "Kế toán",
                        "profile:save",
                        "x"));

        assertThat(saved.body()).contains("Đã lưu hồ sơ.");
        assertThat(web.browse("/ca-nhan/ho-so").body())
                .contains("value=\"Đặng Thị Thu Trang\"", "value=\"Hợp tác xã Mật ong Thạnh Phú\"");
    }

    @Test
    void aProfileWithABadPhoneNumberIsRefusedNextToTheField() throws Exception {
        web.signIn("hocvien@demo.ocop-bentre.vn", DEMO_PASSWORD);
        var form = web.browse("/ca-nhan/ho-so").body();

        var refused = web.submit(
                "/ca-nhan/ho-so",
                form,
                Map.of(
                        "profile",
                        "profile",
                        "profile:fullName",
                        "Phạm Thị Mỹ Linh",
                        "profile:phone",
                        "gọi tôi nhé",
                        "profile:organisationName",
                        "",
                        "profile:positionTitle",
                        "",
                        "profile:save",
                        "x"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Số điện thoại gồm 8–20 chữ số", "value=\"gọi tôi nhé\"");
    }

    @Test
    void changingThePasswordAsksForTheCurrentOne() throws Exception {
        String email = "ho.van.nam." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        web.follow(web.submit(
                "/dang-ky", web.browse("/dang-ky").body(), registration(email, "Hồ Văn Nam", "bánh phồng Sơn Đốc")));
        web.signIn(email, "bánh phồng Sơn Đốc");

        var wrong = web.submit(
                "/ca-nhan/doi-mat-khau",
                web.browse("/ca-nhan/doi-mat-khau").body(),
                passwordChange("không phải mật khẩu", "bánh tráng Mỹ Lồng"));
        assertThat(wrong.body()).contains("Mật khẩu hiện tại không đúng.");

        var changed = web.submit(
                "/ca-nhan/doi-mat-khau",
                web.browse("/ca-nhan/doi-mat-khau").body(),
                passwordChange("bánh phồng Sơn Đốc", "bánh tráng Mỹ Lồng"));
        assertThat(changed.body()).contains("Đã đổi mật khẩu.");
        assertThat(new WebClient(base.toURI())
                        .signIn(email, "bánh tráng Mỹ Lồng")
                        .body())
                .contains("Hồ Văn Nam");
    }

    @Test
    void aFormSentWithoutItsCspNonceIsABadRequestThatSaysSoAndSavesNothing() throws Exception {
        String email = "le.thi.hoa." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        web.follow(web.submit(
                "/dang-ky", web.browse("/dang-ky").body(), registration(email, "Lê Thị Hoa", "kẹo dừa Mỏ Cày 2025")));
        web.signIn(email, "kẹo dừa Mỏ Cày 2025");
        var form = withoutNonce(web.browse("/ca-nhan/ho-so").body());

        var refused = web.submit(
                "/ca-nhan/ho-so",
                form,
                Map.of("profile", "profile", "profile:fullName", "Tên đã bị đổi", "profile:save", "x"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("lang=\"vi\"", "Không gửi được biểu mẫu", "Chưa có gì được lưu.")
                .doesNotContain("CspException", "CSP nonce", "at org.");
        assertThat(web.browse("/ca-nhan/ho-so").body())
                .as("the action did not run")
                .contains("value=\"Lê Thị Hoa\"")
                .doesNotContain("Tên đã bị đổi");

        web.setCookie("lang", "en");
        var english = web.submit(
                "/ca-nhan/ho-so",
                withoutNonce(web.browse("/ca-nhan/ho-so").body()),
                Map.of("profile", "profile", "profile:fullName", "Tên đã bị đổi", "profile:save", "x"));
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("The form could not be sent", "Nothing was saved.");
    }

    @Test
    void aPublicFormWithAForgedNonceIsABadRequestNotAServerError() throws Exception {
        var form = web.browse("/dang-nhap")
                .body()
                .replaceAll("(name=\"primefaces.nonce\" value=\")[^\"]*", "$1khong-phai-ma");

        var refused = web.submit(
                "/dang-nhap",
                form,
                Map.of(
                        "login", "login",
                        "login:email", "hocvien@demo.ocop-bentre.vn",
                        "login:password", DEMO_PASSWORD,
                        "login:submit", "x"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Không gửi được biểu mẫu").doesNotContain("CspException", "CSP nonce");
    }

    @Test
    void aNotModifiedAnswerCarriesTheContentSecurityPolicyOfTheBodyTheBrowserKept() throws Exception {
        // "/chuong-trinh" is rendered for every request (conditional only), "/" comes from the page cache.
        for (String path : new String[] {"/chuong-trinh", "/"}) {
            var first = web.get(path);
            assertThat(first.statusCode()).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String policy =
                    first.headers().firstValue("Content-Security-Policy").orElseThrow();
            var nonce = java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(policy);
            assertThat(nonce.find())
                    .as("%s has a nonce policy: %s", path, policy)
                    .isTrue();
            assertThat(first.body())
                    .as("%s: its scripts carry the policy's nonce", path)
                    .contains("nonce=\"" + nonce.group(1) + "\"");

            var again = web.get(path);
            assertThat(again.headers().firstValue("ETag")).contains(etag);
            assertThat(again.headers().firstValue("Content-Security-Policy"))
                    .as("%s: the same page under the same policy", path)
                    .contains(policy);

            var notModified = web.send(java.net.http.HttpRequest.newBuilder(web.uri(path))
                    .header("If-None-Match", etag)
                    .GET());
            assertThat(notModified.statusCode()).isEqualTo(304);
            assertThat(notModified.headers().firstValue("Content-Security-Policy"))
                    .as("%s: a 304 keeps the policy the kept body was served with", path)
                    .contains(policy);
        }
    }

    /** The page as a form that lost its CSP nonce (a hand-made or replayed POST). */
    private static String withoutNonce(String page) {
        return page.replace("name=\"primefaces.nonce\"", "name=\"khong-co-ma\"");
    }

    @Test
    void aFormWhoseViewHasExpiredSaysSoWithoutAServerError() throws Exception {
        web.signIn("hocvien@demo.ocop-bentre.vn", DEMO_PASSWORD);
        var form = web.browse("/ca-nhan/ho-so")
                .body()
                .replaceAll("(name=\"jakarta.faces.ViewState\"[^>]*value=\")[^\"]*", "$1-123:456");

        var expired = web.follow(web.submit(
                "/ca-nhan/ho-so",
                form,
                Map.of("profile", "profile", "profile:fullName", "Phạm Thị Mỹ Linh", "profile:save", "x")));

        assertThat(expired.statusCode()).isEqualTo(200);
        assertThat(expired.body()).contains("Phiên làm việc đã hết hạn nên trang đã được tải lại", "Hồ sơ cá nhân");
    }

    @Test
    void healthReportsTheDatabase() throws Exception {
        var health = web.get("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"", "\"UP\"");
    }

    @Test
    void apiAnswersJsonAndUnknownPathsAsProblems() throws Exception {
        var root = web.get("/api");
        assertThat(root.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(root.body()).contains("Cổng thông tin OCOP Bến Tre");

        var missing = web.get("/api/khong-co");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
    }

    // --- Issue 11, findings 4, 5, 6: refusals, not server errors; messages on every refusal; headers. ---

    @Test
    void aTrainerAskingForAnUnknownCourseGetsNotFoundNotAServerError() throws Exception {
        web.signIn("giangvien@demo.ocop-bentre.vn", DEMO_PASSWORD);

        for (String path : new String[] {"/giang-vien/lop?id=987654321", "/giang-vien/soan-khoa-hoc?id=987654321"}) {
            var answer = web.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body())
                    .as(path)
                    .contains("Không tìm thấy trang")
                    .doesNotContain("at vn.bentre", "BusinessException");
        }
    }

    @Test
    void aTrainerAskingForAnotherTrainersCourseGetsTheSameNotFound() throws Exception {
        web.signIn("quantri@demo.ocop-bentre.vn", DEMO_PASSWORD);
        String page = web.browse("/giang-vien/soan-khoa-hoc").body();
        var created = web.submit(
                "/giang-vien/soan-khoa-hoc", page, newCourse(page, "Hội trường Sở", "https://hop.example/lop"));
        assertThat(created.statusCode())
                .as("the course is saved: %s", messages(created.body()))
                .isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        var id = java.util.regex.Pattern.compile("id=(\\d+)").matcher(location);
        assertThat(id.find()).as(location).isTrue();
        assertThat(web.get("/giang-vien/lop?id=" + id.group(1)).statusCode())
                .as("its owner sees it")
                .isEqualTo(200);

        var trainer = new WebClient(base.toURI());
        trainer.signIn("giangvien@demo.ocop-bentre.vn", DEMO_PASSWORD);
        for (String path :
                new String[] {"/giang-vien/lop?id=" + id.group(1), "/giang-vien/soan-khoa-hoc?id=" + id.group(1)}) {
            assertThat(trainer.get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void aStrayViewStateOrAMissingPageIsARefusalNotAServerError() throws Exception {
        assertThat(web.get("/?jakarta.faces.ViewState=stateless").statusCode()).isBetween(400, 499);
        assertThat(web.get("/khong-co?jakarta.faces.ViewState=x").statusCode()).isEqualTo(404);
        assertThat(web.post("/khong-co", Map.of("a", "b")).statusCode()).isEqualTo(404);

        web.signIn("hocvien@demo.ocop-bentre.vn", DEMO_PASSWORD);
        assertThat(web.get("/quan-tri/nguoi-dung.xhtml?jakarta.faces.ViewState=x")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theCourseFormSaysWhyASessionLinkIsRefused() throws Exception {
        web.signIn("giangvien@demo.ocop-bentre.vn", DEMO_PASSWORD);
        String page = web.browse("/giang-vien/soan-khoa-hoc").body();
        var fields = newCourse(page, "", "http://khong-an-toan.example/lop");

        var refused = web.follow(web.submit("/giang-vien/soan-khoa-hoc", page, fields));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .as("the refusal is told, next to the form")
                .contains("Liên kết học trực tuyến phải là một địa chỉ bắt đầu bằng https://");
    }

    @Test
    void apiRefusalsMadeBeforeRestAreProblemsToo() throws Exception {
        web.signIn("hocvien@demo.ocop-bentre.vn", DEMO_PASSWORD);
        web.pretendOrigin("https://evil.example");

        var refused = web.post("/api/toi/dang-ky", Map.of("a", "b"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"status\":403", "\"detail\":").doesNotContainIgnoringCase("payara");
    }

    @Test
    void aLongFileNameOnTheImportApiIsAnsweredInJson() throws Exception {
        web.signIn("quantri@demo.ocop-bentre.vn", DEMO_PASSWORD);

        var answer = web.postBytes(
                "/api/quan-tri/to-chuc/nhap?ten-tep=" + "a".repeat(6000) + ".csv",
                "loai,ten,ma_so_thue,ma_xa,dia_chi,dien_thoai,email\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isBetween(400, 499);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContainIgnoringCase("payara");
    }

    @Test
    void privateAnswersAreNeverStored() throws Exception {
        web.signIn("quantri@demo.ocop-bentre.vn", DEMO_PASSWORD);

        for (String path :
                new String[] {"/ca-nhan/ho-so", "/quan-tri/", "/giang-vien/", "/bien-tap/", "/api/ho-so/toi"}) {
            var answer = web.get(path);
            assertThat(answer.statusCode()).as(path).isLessThan(400);
            assertThat(answer.headers().allValues("Cache-Control")).as(path).containsExactly("no-store");
        }
        assertThat(web.get("/tin-tuc").headers().firstValue("Cache-Control"))
                .as("a public page may be kept")
                .isNotEqualTo(java.util.Optional.of("no-store"));
    }

    @Test
    void feedsAndTheSitemapCarryAPolicyThatRunsNothing() throws Exception {
        for (String path : new String[] {"/rss/tin-tuc.xml", "/atom/tin-tuc.xml", "/sitemap.xml", "/robots.txt"}) {
            var answer = web.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .get()
                    .asString()
                    .contains("default-src 'none'");
        }
    }

    @Test
    void aPageAnsweredFromThePageCacheCarriesTheSecurityHeadersToo() throws Exception {
        web.get("/tin-tuc");
        var cached = web.get("/tin-tuc");

        assertThat(cached.statusCode()).isEqualTo(200);
        assertThat(cached.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(cached.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(cached.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }

    @Test
    void aForwardedSchemeFromAnUntrustedClientSwitchesNoHstsOn() throws Exception {
        var answer = web.send(java.net.http.HttpRequest.newBuilder(web.uri("/"))
                .header("X-Forwarded-Proto", "https")
                .GET());

        assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void pagesRefuseMethodsTheyDoNotHave() throws Exception {
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            var answer = web.send(java.net.http.HttpRequest.newBuilder(web.uri("/tin-tuc"))
                    .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()));
            assertThat(answer.statusCode()).as(method).isEqualTo(405);
            assertThat(answer.headers().firstValue("Allow")).as(method).contains("GET, HEAD, POST");
            assertThat(answer.body()).as(method).contains("lang=\"vi\"").doesNotContainIgnoringCase("payara");
        }
    }

    /** The messages a page shows (for failure reports). */
    private static String messages(String page) {
        var found = java.util.regex.Pattern.compile("class=\"(?:msg-error|field-error)[^>]*>([^<]*)")
                .matcher(page);
        var all = new StringBuilder();
        while (found.find()) {
            all.append(found.group(1)).append(" | ");
        }
        return all.toString();
    }

    /** The new-course form of {@code page} filled in, with this venue and online link for its first session. */
    private static Map<String, String> newCourse(String page, String venue, String link) {
        var fields = new java.util.LinkedHashMap<String, String>();
        var inputs = java.util.regex.Pattern.compile("<input[^>]*>").matcher(page);
        while (inputs.find()) {
            var name =
                    java.util.regex.Pattern.compile("name=\"(course:[^\"]*)\"").matcher(inputs.group());
            var value = java.util.regex.Pattern.compile("value=\"([^\"]*)\"").matcher(inputs.group());
            if (name.find() && !inputs.group().contains("type=\"submit\"")) {
                fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        fields.remove("course:resultRequired");
        String code = "lop-" + UUID.randomUUID().toString().substring(0, 6);
        fields.put("course", "course");
        fields.put("course:code", code);
        fields.put("course:title", "Lớp thử " + code);
        fields.put("course:description", "Khóa học để thử các lời từ chối.");
        fields.put("course:topic", "Thử nghiệm");
        fields.put("course:audience", "ANYONE");
        fields.put("course:capacity", "10");
        fields.put("course:hours", "4");
        fields.put("course:attendancePercent", "80");
        fields.put("course:sessions:0:venue", venue);
        fields.put("course:sessions:0:onlineLink", link);
        fields.put("course:save", "x");
        return fields;
    }

    private static Map<String, String> passwordChange(String current, String next) {
        return Map.of(
                "password",
                "password",
                "password:currentPassword",
                current,
                "password:newPassword",
                next,
                "password:newPasswordAgain",
                next,
                "password:change",
                "x");
    }

    private static Map<String, String> registration(String email, String name, String password) {
        return Map.of(
                "register",
                "register",
                "register:fullName",
                name,
                "register:email",
                email,
                "register:phone",
                "0913 222 333",
                "register:organisationName",
                "Hợp tác xã Dừa Giồng Trôm",
                "register:positionTitle",
                "Giám đốc",
                "register:password",
                password,
                "register:passwordAgain",
                password,
                "register:submit",
                "x");
    }
}

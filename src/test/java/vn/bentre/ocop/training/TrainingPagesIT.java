package vn.bentre.ocop.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * The training pages in the browser's way (forms with their view state): enrol in one click, see the place, cancel
 * from My courses; come back to the course after signing in; the trainer ticks attendance and the learner at once
 * has a certificate to download and anyone can verify; the demo learner's pages show every state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingPagesIT {

    static final String DEMO_PASSWORD = "ocop-bentre-demo";
    static final Pattern CHECKBOX = Pattern.compile("type=\"checkbox\" name=\"([^\"]+)\"");

    final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(TrainingProbe.class, TrainingFixtures.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aLearnerEnrolsInOneClickSeesTheirPlaceAndCancelsFromMyCourses() throws Exception {
        String code = "mot-cham-" + run;
        String id = probe(Map.of("op", "course", "code", code, "capacity", 1, "audience", "ANYONE", "sessions", 1));
        var first = learner("mot-cham-a-" + run);
        var second = learner("mot-cham-b-" + run);

        var confirmed = enrolOnThePage(first, code);
        assertThat(confirmed).contains("Đăng ký thành công", "<strong>Đã xác nhận</strong>");
        var waitlisted = enrolOnThePage(second, code);
        assertThat(waitlisted).contains("vị trí 1 trong danh sách chờ", "<strong>Trong danh sách chờ</strong>");

        var mine = first.get("/ca-nhan/khoa-hoc");
        assertThat(mine.body()).contains("Khóa thử " + code);
        var cancel = Pattern.compile("name=\"(courses:[^\"]+)\" value=\"Hủy đăng ký\"")
                .matcher(mine.body());
        assertThat(cancel.find()).isTrue();
        var cancelled =
                first.submit("/ca-nhan/khoa-hoc", mine.body(), Map.of("courses", "courses", cancel.group(1), "x"));
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(cancelled.body()).contains("Đã hủy đăng ký.");

        assertThat(second.get("/khoa-hoc/" + code).body())
                .as("the first in the queue got the seat")
                .contains("<strong>Đã xác nhận</strong>");
        assertThat(probe(Map.of("op", "state", "course", id))).contains(";CANCELLED;", ";CONFIRMED;");
    }

    @Test
    void anAnonymousReaderSignsInFromTheCoursePageAndComesBackToIt() throws Exception {
        var reader = new WebClient(base.toURI());
        var page = reader.get("/khoa-hoc/quan-tri-htx-k1");
        assertThat(page.body()).contains("Đăng nhập để đăng ký", "/dang-nhap?next=%2Fkhoa-hoc%2Fquan-tri-htx-k1");
        assertThat(page.headers().firstValue("Set-Cookie"))
                .as("the public page stays session-free")
                .isEmpty();

        var login = reader.browse("/dang-nhap?next=%2Fkhoa-hoc%2Fquan-tri-htx-k1");
        assertThat(login.body()).contains("name=\"next\" value=\"/khoa-hoc/quan-tri-htx-k1\"");
        var back = reader.follow(reader.submit(
                "/dang-nhap",
                login.body(),
                Map.of(
                        "login", "login",
                        "login:email", "hocvien2@demo.ocop-bentre.vn",
                        "login:password", DEMO_PASSWORD,
                        "login:submit", "x",
                        "next", "/khoa-hoc/quan-tri-htx-k1")));
        assertThat(back.uri().getPath()).isEqualTo("/khoa-hoc/quan-tri-htx-k1");
        assertThat(back.body()).contains("<strong>Đã xác nhận</strong>");
    }

    @Test
    void attendanceCompletesTheCourseAtOnceAndTheCertificateCanBeDownloadedAndVerified() throws Exception {
        String code = "diem-danh-" + run;
        long course = Long.parseLong(probe(
                Map.of("op", "course", "code", code, "capacity", 5, "audience", "ANYONE", "sessions", 2, "begun", 2)));
        var learner = learner("diem-danh-" + run);
        assertThat(learner.post("/api/khoa-hoc/" + code + "/dang-ky", Map.of()).statusCode())
                .isEqualTo(201);

        var trainer = new WebClient(base.toURI());
        trainer.signIn("giangvien@demo.ocop-bentre.vn", DEMO_PASSWORD);
        var roster = trainer.get("/giang-vien/lop?id=" + course);
        assertThat(roster.statusCode()).isEqualTo(200);
        assertThat(roster.body()).contains("Học viên thử 0");
        var fields = new LinkedHashMap<String, String>();
        fields.put("progress", "progress");
        var boxes = CHECKBOX.matcher(roster.body());
        int ticked = 0;
        while (boxes.find()) {
            fields.put(boxes.group(1), "on");
            ticked++;
        }
        assertThat(ticked).as("one learner, two sessions").isEqualTo(2);
        fields.put("progress:saveProgress", "x");
        var saved = trainer.submit("/giang-vien/lop?id=" + course, roster.body(), fields);
        assertThat(saved.body()).contains("Số học viên vừa hoàn thành: 1.");

        var mine = learner.get("/ca-nhan/khoa-hoc").body();
        var certificate = Pattern.compile("/xac-minh/([A-Z0-9-]{24})").matcher(mine);
        assertThat(certificate.find()).as(mine).isTrue();
        var download = Pattern.compile("chung-nhan\\?ma=(\\d+)").matcher(mine);
        assertThat(download.find()).isTrue();
        var pdf = learner.getBytes("/ca-nhan/chung-nhan?ma=" + download.group(1));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(learner("nguoi-khac-" + run)
                        .getBytes("/ca-nhan/chung-nhan?ma=" + download.group(1))
                        .statusCode())
                .as("someone else's certificate")
                .isEqualTo(404);

        var verified = new WebClient(base.toURI()).get("/xac-minh/" + certificate.group(1));
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.body())
                .contains("Giấy chứng nhận hợp lệ.", "Học viên thử 0", "Khóa thử " + code, "Lê Văn Phúc");
        var wrong = new WebClient(base.toURI()).get("/xac-minh/ABCD-EFGH-JKMN-PQRS-TUVW");
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).contains("Không có giấy chứng nhận nào mang mã này.");
    }

    @Test
    void aLearnersOwnEnrolmentAndCancellationAreInTheAuditLogUnderTheirName() throws Exception {
        String code = "nhat-ky-" + run;
        probe(Map.of("op", "course", "code", code, "capacity", 5, "audience", "ANYONE", "sessions", 1));
        String prefix = "nhat-ky-" + run;
        var learner = learner(prefix);
        var enrolled = learner.post("/api/khoa-hoc/" + code + "/dang-ky", Map.of());
        assertThat(enrolled.statusCode()).isEqualTo(201);
        var id = Pattern.compile("\"id\":(\\d+)").matcher(enrolled.body());
        assertThat(id.find()).isTrue();
        assertThat(learner.delete("/api/toi/dang-ky/" + id.group(1)).statusCode())
                .isEqualTo(200);

        var admin = new WebClient(base.toURI());
        admin.signIn("quantri@demo.ocop-bentre.vn", DEMO_PASSWORD);
        var log = admin.get("/quan-tri/nhat-ky").body();
        String detail = prefix + "0@thu-nghiem.vn / " + code;
        assertThat(rowsWith(log, detail))
                .as("newest first: the cancellation, then the enrolment, each by the learner")
                .hasSize(2)
                .satisfiesExactly(
                        cancelled -> assertThat(cancelled)
                                .contains("Học viên thử 0", "Học viên hủy đăng ký", "Đăng ký học " + id.group(1)),
                        confirmed -> assertThat(confirmed)
                                .contains("Học viên thử 0", "Đăng ký học (đã xác nhận)", "Đăng ký học " + id.group(1)));
        assertThat(log).doesNotContain("???");

        admin.setCookie("lang", "en");
        var english = admin.get("/quan-tri/nhat-ky").body();
        assertThat(rowsWith(english, detail))
                .satisfiesExactly(
                        cancelled -> assertThat(cancelled).contains("Enrolment cancelled by the learner", "Enrolment "),
                        confirmed -> assertThat(confirmed).contains("Enrolled (confirmed)"));
        assertThat(english).doesNotContain("???");
    }

    @Test
    void attendanceWaitsForTheSessionToBeginSoNoCertificateComesBeforeTheCourse() throws Exception {
        String code = "chua-hoc-" + run;
        long course = Long.parseLong(probe(
                Map.of("op", "course", "code", code, "capacity", 5, "audience", "ANYONE", "sessions", 2, "begun", 1)));
        var learner = learner("chua-hoc-" + run);
        assertThat(learner.post("/api/khoa-hoc/" + code + "/dang-ky", Map.of()).statusCode())
                .isEqualTo(201);

        var trainer = new WebClient(base.toURI());
        trainer.signIn("giangvien@demo.ocop-bentre.vn", DEMO_PASSWORD);
        var roster = trainer.get("/giang-vien/lop?id=" + course);
        assertThat(roster.body()).contains("Chưa diễn ra: chưa điểm danh được");
        assertThat(Pattern.compile("type=\"checkbox\" name=\"[^\"]+\"[^>]*disabled")
                        .matcher(roster.body())
                        .results()
                        .count())
                .as("the session still ahead cannot be ticked")
                .isEqualTo(1);

        var fields = new LinkedHashMap<String, String>();
        fields.put("progress", "progress");
        var boxes = CHECKBOX.matcher(roster.body());
        while (boxes.find()) {
            fields.put(boxes.group(1), "on"); // both, the one ahead too, as a forged request would
        }
        fields.put("progress:saveProgress", "x");
        var saved = trainer.submit("/giang-vien/lop?id=" + course, roster.body(), fields);
        assertThat(saved.body()).contains("Số học viên vừa hoàn thành: 0.");
        assertThat(learner.get("/ca-nhan/khoa-hoc").body())
                .as("one session of two held: no certificate yet")
                .contains("Khóa thử " + code)
                .doesNotContain("Tải giấy chứng nhận (PDF)");
    }

    @Test
    void aNewLearnerStatesGroupCommuneAndOrganisationAtRegistrationAndEnrolsInACourseForTheirGroup() throws Exception {
        String code = "cho-htx-moi-" + run;
        probe(Map.of("op", "course", "code", code, "capacity", 5, "audience", "COOP_MANAGERS", "sessions", 1));
        var web = new WebClient(base.toURI());
        var form = web.browse("/dang-ky").body();
        assertThat(form).contains("Đối tượng học viên", "Xã, phường nơi làm việc", "Tổ chức trong danh bạ OCOP");
        var commune = firstOption(form, "register:commune");
        var organisation = firstOption(form, "register:organisationId");
        String email = "dang-ky-htx-" + run + "@thu-nghiem.vn";
        var fields = new LinkedHashMap<String, String>();
        fields.put("register", "register");
        fields.put("register:fullName", "Nguyễn Văn Hậu");
        fields.put("register:email", email);
        fields.put("register:phone", "");
        fields.put("register:positionTitle", "Giám đốc");
        fields.put("register:learnerGroup", "COOP_MANAGER");
        fields.put("register:commune", commune[0]);
        fields.put("register:organisationId", organisation[0]);
        fields.put("register:organisationName", "");
        fields.put("register:password", "bưởi da xanh Chợ Lách");
        fields.put("register:passwordAgain", "bưởi da xanh Chợ Lách");
        fields.put("register:submit", "x");
        var registered = web.follow(web.submit("/dang-ky", form, fields));
        assertThat(registered.uri().getPath()).as("registering signs nobody in").isEqualTo("/dang-nhap");
        assertThat(web.signIn(email, "bưởi da xanh Chợ Lách").uri().getPath()).isEqualTo("/ca-nhan/");

        assertThat(enrolOnThePage(web, code))
                .as("the course for co-op managers takes the new learner at the first try")
                .contains("Đăng ký thành công", "<strong>Đã xác nhận</strong>");
        var profile = web.get("/ca-nhan/ho-so").body();
        assertThat(profile)
                .contains("<option value=\"COOP_MANAGER\" selected=\"selected\">")
                .contains("<option value=\"" + commune[0] + "\" selected=\"selected\">" + commune[1])
                .contains("<option value=\"" + organisation[0] + "\" selected=\"selected\">" + organisation[1]);
    }

    @Test
    void aCourseForAnotherAudienceOffersTheProfileAndComesBackToTheCourse() throws Exception {
        String code = "chi-htx-" + run;
        probe(Map.of("op", "course", "code", code, "capacity", 5, "audience", "COOP_MANAGERS", "sessions", 1));
        var learner = learner("chua-khai-" + run); // no learner group stated

        var page = learner.get("/khoa-hoc/" + code).body();
        String fix = "/ca-nhan/ho-so?next=%2Fkhoa-hoc%2F" + code;
        assertThat(page)
                .contains("Khóa học này dành cho: Cán bộ quản lý hợp tác xã.", "href=\"" + fix + "\"")
                .as("no button the course would refuse")
                .doesNotContain("enrol:enrolButton");
        var refused = learner.post("/api/khoa-hoc/" + code + "/dang-ky", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("dành cho đối tượng khác", "\"fix\":\"" + fix + "\"");

        var profile = learner.get(fix);
        assertThat(profile.body()).contains("Sau khi lưu hồ sơ, bạn sẽ quay lại khóa học");
        var saved = learner.follow(learner.submit(
                "/ca-nhan/ho-so",
                profile.body(),
                Map.of(
                        "profile", "profile",
                        "profile:fullName", "Học viên thử 0",
                        "profile:learnerGroup", "COOP_MANAGER",
                        "profile:save", "x")));
        assertThat(saved.uri().getPath()).as("back to the course").isEqualTo("/khoa-hoc/" + code);
        assertThat(saved.body()).contains("enrol:enrolButton").doesNotContain("Khóa học này dành cho:");
        assertThat(enrolOnThePage(learner, code)).contains("Đăng ký thành công");

        assertThat(learner.get("/ca-nhan/ho-so?next=https%3A%2F%2Fexample.com").body())
                .as("only a local path is a way back")
                .doesNotContain("Sau khi lưu hồ sơ, bạn sẽ quay lại khóa học");
    }

    @Test
    void theDemoLearnerSeesAConfirmedAWaitlistedAndACompletedCourse() throws Exception {
        var linh = new WebClient(base.toURI());
        linh.signIn("hocvien@demo.ocop-bentre.vn", DEMO_PASSWORD);
        var mine = linh.get("/ca-nhan/khoa-hoc").body();
        assertThat(mine)
                .contains("Quản trị hợp tác xã và xây dựng kế hoạch kinh doanh sản phẩm OCOP")
                .contains("Thiết kế bao bì, nhãn mác cho sản phẩm OCOP", "Vị trí 1 trong danh sách chờ")
                .contains("An toàn thực phẩm trong chế biến kẹo dừa", "Tải giấy chứng nhận (PDF)");
        assertThat(new WebClient(base.toURI()).get("/khoa-hoc?con-cho=1").body())
                .as("the full demo course is filtered out")
                .doesNotContain("Thiết kế bao bì")
                .contains("Quản trị hợp tác xã");
    }

    @Test
    void aTrainerCreatesACourseWithSessionsAndOpensItToEnrolment() throws Exception {
        var trainer = new WebClient(base.toURI());
        trainer.signIn("giangvien@demo.ocop-bentre.vn", DEMO_PASSWORD);
        String code = "ban-hang-online-" + run;
        var editor = trainer.get("/giang-vien/soan-khoa-hoc");
        var fields = new LinkedHashMap<String, String>();
        fields.put("course", "course");
        fields.put("course:code", code);
        fields.put("course:title", "Bán hàng trực tuyến cho hộ trồng bưởi da xanh Chợ Lách");
        fields.put("course:description", "Livestream, chăm sóc khách hàng, đóng gói và giao bưởi.");
        fields.put("course:topic", "Tiếp thị số");
        fields.put("course:audience", "ANYONE");
        fields.put("course:capacity", "20");
        fields.put("course:hours", "4");
        fields.put("course:enrolOpensAt", "2026-01-01T08:00");
        fields.put("course:enrolClosesAt", "2025-12-01T08:00");
        fields.put("course:cancelCutoffAt", "2026-01-02T08:00");
        fields.put("course:attendancePercent", "80");
        fields.put("course:sessions:0:startsAt", "2099-01-10T07:30");
        fields.put("course:sessions:0:endsAt", "2099-01-10T11:30");
        fields.put("course:sessions:0:venue", "Hội trường xã Chợ Lách");
        fields.put("course:sessions:0:onlineLink", "");
        fields.put("course:save", "x");
        var refused = trainer.submit("/giang-vien/soan-khoa-hoc", editor.body(), fields);
        assertThat(refused.body()).contains("Thời điểm đóng đăng ký phải sau thời điểm mở.");

        fields.put("course:enrolClosesAt", "2099-01-05T17:00");
        var created = trainer.follow(trainer.submit("/giang-vien/soan-khoa-hoc", refused.body(), fields));
        assertThat(created.uri().getQuery()).startsWith("id=");
        assertThat(created.body()).contains("Đã tạo khóa học (bản nháp).");
        assertThat(new WebClient(base.toURI()).get("/khoa-hoc/" + code).statusCode())
                .as("a draft")
                .isEqualTo(404);

        var open = new LinkedHashMap<>(fields);
        open.remove("course:code");
        open.remove("course:save");
        open.put("course:open", "x");
        var opened = trainer.follow(
                trainer.submit("/giang-vien/soan-khoa-hoc?" + created.uri().getQuery(), created.body(), open));
        assertThat(opened.body()).contains("Khóa học đã mở đăng ký");
        assertThat(new WebClient(base.toURI()).get("/khoa-hoc/" + code).body())
                .contains("Bán hàng trực tuyến cho hộ trồng bưởi da xanh Chợ Lách", "Hội trường xã Chợ Lách");
    }

    // --- helpers ---

    /** The value and text of the first real option (after "none") of the select list with this name. */
    static String[] firstOption(String page, String name) {
        var select = Pattern.compile(
                        "<select[^>]*name=\"" + Pattern.quote(name)
                                + "\"[^>]*>.*?<option value=\"(\\d+)\"[^>]*>([^<]+)</option>",
                        Pattern.DOTALL)
                .matcher(page);
        assertThat(select.find()).as("a choice in " + name).isTrue();
        return new String[] {select.group(1), select.group(2)};
    }

    /** The table rows of a page that show this text, in page order. */
    static List<String> rowsWith(String page, String text) {
        var rows = Pattern.compile("<tr[^>]*>.*?</tr>", Pattern.DOTALL).matcher(page);
        var found = new ArrayList<String>();
        while (rows.find()) {
            if (rows.group().contains(text)) {
                found.add(rows.group());
            }
        }
        return found;
    }

    String enrolOnThePage(WebClient learner, String code) throws Exception {
        var page = learner.get("/khoa-hoc/" + code);
        assertThat(page.body()).contains("enrol:enrolButton");
        var response =
                learner.submit("/khoa-hoc/" + code, page.body(), Map.of("enrol", "enrol", "enrol:enrolButton", "x"));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    WebClient learner(String prefix) throws Exception {
        assertThat(probe(Map.of("op", "learners", "prefix", prefix, "n", 1))).isEqualTo("ok");
        var client = new WebClient(base.toURI());
        assertThat(client.signIn(prefix + "0@thu-nghiem.vn", TrainingFixtures.PASSWORD)
                        .uri()
                        .getPath())
                .isEqualTo("/ca-nhan/");
        return client;
    }

    String probe(Map<String, Object> params) throws Exception {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var response = new WebClient(base.toURI()).get("/test/training?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}

package vn.bentre.ocop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bentre.ocop.support.ReadmePortal;
import vn.bentre.ocop.support.WebClient;

/**
 * The first things people do, on the portal started exactly as the README starts it ({@link ReadmePortal}): no
 * test classes in the WAR, production defaults, the README's pre-boot commands. A trap that only the documented
 * start has (last round: Payara's single sign-on without its data grid made a correct sign-in look failed and
 * sign-out a 500, while every Arquillian test was green) fails here.
 */
@ExtendWith(Chromium.class)
class AsStartedIT {

    static final String LEARNER = "hocvien@demo.ocop-bentre.vn";
    static final String EDITOR = "bientap@demo.ocop-bentre.vn";
    static final String ADMIN = "quantri@demo.ocop-bentre.vn";

    /** The demo course for co-operative managers (training.control.DemoCourses). */
    static final String GOVERNANCE = "quan-tri-htx-k1";

    static final String GOVERNANCE_TITLE = "Quản trị hợp tác xã và xây dựng kế hoạch kinh doanh sản phẩm OCOP";

    static URI base;

    @BeforeAll
    static void startThePortalAsTheReadmeDoes() {
        base = ReadmePortal.base();
    }

    static URL url() throws Exception {
        return base.toURL();
    }

    /** Signing in from the sign-in page with a {@code next} address lands there, signed in; signing out ends it. */
    @Test
    void aLearnerSignsInComesBackToWhereSheWasAndSignsOut() throws Exception {
        try (var journey = Journey.start("as-started-1-sign-in", url())) {
            var learner = journey.person("hoc vien", Browser.Screen.DESKTOP);
            learner.open("/dang-nhap?next=/khoa-hoc").expectHeading("Đăng nhập");
            learner.type("Thư điện tử", LEARNER)
                    .type("Mật khẩu", People.PASSWORD)
                    .clickButton("Đăng nhập")
                    .expectText("Phạm Thị Mỹ Linh");
            assertThat(learner.path()).isEqualTo("/khoa-hoc");
            assertThat(learner.shows("không đúng")).as("no failure message").isFalse();
            learner.step("da dang nhap, ve khoa hoc");

            learner.clickButton("Đăng xuất").expectText("Đăng nhập");
            learner.open("/ca-nhan/").expectHeading("Đăng nhập");
            learner.step("da dang xuat");
        }
    }

    /** Sign-out answers with a redirect, and every cookie of the old session is worthless afterwards. */
    @Test
    void signingOutKillsEveryCookieOfTheSession() throws Exception {
        var web = new WebClient(base);
        var landing = web.signIn(LEARNER, People.PASSWORD);
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.body()).contains("Phạm Thị Mỹ Linh").doesNotContain("không đúng");
        assertThat(web.get("/ca-nhan/").statusCode()).isEqualTo(200);
        String session = web.cookie("OCOPSESSION").orElseThrow();

        var out = web.post("/dang-xuat", Map.of());

        assertThat(out.statusCode()).as("sign-out").isEqualTo(302);
        assertThat(web.get("/ca-nhan/").statusCode()).isEqualTo(302);
        var replay = new WebClient(base);
        replay.setCookie("OCOPSESSION", session);
        web.cookie("JSESSIONIDSSO").ifPresent(sso -> replay.setCookie("JSESSIONIDSSO", sso));
        assertThat(replay.get("/ca-nhan/").statusCode())
                .as("the old session cookie after sign-out")
                .isEqualTo(302);
        assertThat(ReadmePortal.log()).doesNotContain("Hazelcast is not enabled");
    }

    /**
     * A newcomer registers on a phone, stating she manages a co-operative, lands signed in and greeted, and enrols
     * at the first try in the co-op managers' course (registration used to ask neither group nor commune, and the
     * course refused her).
     */
    @Test
    void aNewcomerRegistersOnHerPhoneAndEnrolsInTheCoopManagersCourse() throws Exception {
        long run = System.currentTimeMillis() % 1_000_000;
        String name = "Huỳnh Thị Bích Trâm";
        try (var journey = Journey.start("as-started-3-register-enrol", url())) {
            var learner = journey.person("hoc vien moi", Browser.Screen.PHONE);
            learner.open("/dang-ky").expectHeading("Đăng ký tài khoản học viên");
            learner.type("Họ và tên", name)
                    .type("Thư điện tử", "bichtram." + run + "@example.vn")
                    .type("Số điện thoại", "0918 222 333")
                    .type("Chức vụ", "Giám đốc hợp tác xã")
                    .choose("Đối tượng học viên", "Cán bộ quản lý hợp tác xã")
                    .choose("Xã, phường nơi làm việc", "Xã Giồng Trôm")
                    .type("Tên tổ chức (nếu không có trong danh sách)", "Hợp tác xã dừa Bích Trâm")
                    .type("Mật khẩu", "dua-sap-cau-ke-" + run)
                    .type("Nhập lại mật khẩu", "dua-sap-cau-ke-" + run)
                    .clickButton("Đăng ký")
                    .expectText("Chúng tôi đã gửi một thư tới địa chỉ bạn vừa nhập");
            // the same answer whether or not the address had an account: the newcomer now signs in
            assertThat(learner.path()).startsWith("/dang-nhap");
            learner.type("Thư điện tử", "bichtram." + run + "@example.vn")
                    .type("Mật khẩu", "dua-sap-cau-ke-" + run)
                    .clickButton("Đăng nhập")
                    .expectText("Chào mừng " + name);
            assertThat(learner.path()).isEqualTo("/ca-nhan/");
            learner.step("da dang ky");

            learner.open("/khoa-hoc/" + GOVERNANCE).expectHeading(GOVERNANCE_TITLE);
            learner.clickButton("Đăng ký học").expectText("Đăng ký thành công").step("da dang ky hoc");
        }
    }

    /**
     * Session fixation on the production configuration: a session id handed out before sign-in (an anonymous hit on
     * a protected folder opens one) is worthless after it, so an id planted by someone else never becomes signed in.
     */
    @Test
    void aSessionIdFromBeforeSignInIsNeverSignedIn() throws Exception {
        var web = new WebClient(base);
        assertThat(web.get("/ca-nhan/").statusCode()).isEqualTo(302);
        String planted = web.cookie("OCOPSESSION").orElseThrow();

        web.signIn(LEARNER, People.PASSWORD);

        assertThat(web.cookie("OCOPSESSION")).get().isNotEqualTo(planted);
        assertThat(web.get("/ca-nhan/").statusCode()).isEqualTo(200);
        var attacker = new WebClient(base);
        attacker.setCookie("OCOPSESSION", planted);
        assertThat(attacker.get("/ca-nhan/").statusCode())
                .as("the id planted before sign-in")
                .isEqualTo(302);
    }

    /** An editor writes news and previews it; an administrator publishes it; a reader reads it. */
    @Test
    void anEditorPreviewsHerArticleAndAnAdministratorPublishesIt() throws Exception {
        String title = "Hội chợ OCOP Bến Tre mở rộng gian hàng dừa " + (System.currentTimeMillis() % 100_000);
        try (var journey = Journey.start("as-started-2-publish", url())) {
            var editor = People.signIn(journey.person("bien tap", Browser.Screen.DESKTOP), EDITOR, "Trần Minh Khoa");
            editor.open("/bien-tap/").expectHeading("Khu vực biên tập");
            editor.clickLink("Soạn nội dung mới").expectHeading("Soạn nội dung mới");
            editor.type("Tiêu đề", title)
                    .type("Tóm tắt", "Hội chợ năm nay dành thêm 40 gian hàng cho sản phẩm từ dừa.")
                    .clickInto("Nội dung")
                    .keys("Ban tổ chức cho biết các chủ thể OCOP được miễn phí thuê gian hàng.")
                    .clickButton("Lưu")
                    .expectText("Đã lưu (phiên bản 1).")
                    .step("da luu");

            editor.clickLink("Xem trước").expectHeading(title);
            assertThat(editor.shows("Ban tổ chức cho biết các chủ thể OCOP")).isTrue();
            editor.step("xem truoc");
            editor.clickLink("Quay lại trang biên tập").clickButton("Gửi duyệt").expectText("Đã gửi duyệt.");

            var admin = People.signIn(journey.person("quan tri", Browser.Screen.DESKTOP), ADMIN, "Nguyễn Thị Thu Hà");
            admin.open("/bien-tap/duyet").expectHeading("Duyệt nội dung");
            admin.clickLink(title).clickButton("Đăng ngay").expectText("Đã đăng.");
            admin.step("da dang");

            var reader = journey.person("ban doc", Browser.Screen.PHONE);
            reader.open("/tin-tuc").expectText(title);
            reader.clickLink(title).expectHeading(title).step("ban doc doc tin");
        }
    }
}

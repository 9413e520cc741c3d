package vn.bentre.ocop.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import vn.bentre.ocop.support.Deployments;
import vn.bentre.ocop.support.SampleFiles;

/**
 * Real-browser journeys (issue 6): people click and type in headless Chromium against the packaged portal on a
 * real Payara Micro, and every page they see is checked with axe-core. One server for all journeys; to add one,
 * add a test that starts a {@link Journey}, brings in its people and walks them through the pages.
 */
@ExtendWith({Chromium.class, ArquillianExtension.class})
@RunAsClient
class JourneysIT {

    static final String PASSWORD = People.PASSWORD;
    static final String TRAINER = "giangvien@demo.ocop-bentre.vn";
    static final String ADMIN = "quantri@demo.ocop-bentre.vn";
    /** A demo learner (training.control.DemoEnrolments) who queues for a seat in journey 3. */
    static final String NEXT_LEARNER = "hocvien5@demo.ocop-bentre.vn";
    /** A demo learner who completes a course in journey 4. */
    static final String COMPLETING_LEARNER = "hocvien3@demo.ocop-bentre.vn";
    /** The demo course that is full from the start (3 seats, 3 confirmed, 2 waiting). */
    static final String PACKAGING = "Thiết kế bao bì, nhãn mác cho sản phẩm OCOP";
    /** A demo product (products.control.DemoProducts). */
    static final String DEMO_PRODUCT = "Bưởi da xanh Chợ Lách";
    /** Rows of the programme page's table. */
    static final String FIVE_STARS = "Sản phẩm đạt 5 sao";

    static final String COOPERATIVES = "Tỷ lệ chủ thể OCOP là hợp tác xã";

    /** On a Payara Micro and database of their own, as every IT class (support.Deployments). */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** Journey 1: a reader on a desktop. */
    @Test
    void readerBrowsesNewsOpensTheBulletinSearchesAndFindsTheFeed() throws Exception {
        try (var journey = Journey.start("1-reader", base)) {
            new ReaderJourney(journey.person("ban doc", Browser.Screen.DESKTOP)).run();
        }
    }

    /** Journey 2: a trainer writes and publishes a training material with an image; a reader then finds it. */
    @Test
    void trainerPublishesAFormattedMaterialWithAPictureThatReadersSee() throws Exception {
        String title = "Sơ chế và đóng gói bưởi da xanh Chợ Lách " + (System.currentTimeMillis() % 100_000);
        String alt = "Trái bưởi da xanh Chợ Lách đã đóng hộp";
        Path picture = Files.createTempFile("buoi-da-xanh-", ".png");
        Files.write(picture, SampleFiles.image("png", 800, 500));

        try (var journey = Journey.start("2-trainer-material", base)) {
            var trainer = journey.person("giang vien", Browser.Screen.DESKTOP);
            trainer.open("/").clickLink("Đăng nhập").expectHeading("Đăng nhập");
            trainer.type("Thư điện tử", "giangvien@demo.ocop-bentre.vn")
                    .type("Mật khẩu", PASSWORD)
                    .step("dang nhap")
                    .clickButton("Đăng nhập")
                    .expectText("Lê Văn Phúc");

            trainer.clickLinkIn(People.WORK_AREAS, "Giảng viên").expectHeading("Khu vực giảng viên");
            trainer.clickLink("Tài liệu tập huấn của tôi").step("tai lieu cua toi");
            trainer.clickLink("Soạn tài liệu mới").expectHeading("Soạn nội dung mới");
            trainer.type("Tiêu đề", title)
                    .type("Tóm tắt", "Các bước sơ chế, phân loại và đóng gói bưởi da xanh đạt chuẩn OCOP.")
                    .clickInto("Nội dung")
                    .keys("Quy trình gồm ")
                    .clickButton("In đậm")
                    .keys("ba bước chính")
                    .clickButton("In đậm")
                    .keys(":", Keys.ENTER)
                    .clickButton("Danh sách dấu chấm")
                    .keys("Rửa sạch và để ráo", Keys.ENTER, "Phân loại theo trọng lượng", Keys.ENTER)
                    .keys("Đóng hộp, dán tem truy xuất nguồn gốc")
                    .step("soan tai lieu")
                    .clickButton("Lưu")
                    .expectText("Đã lưu (phiên bản 1).");

            trainer.clickLink("Tệp và ảnh đại diện").expectHeading("Tệp đính kèm");
            trainer.attach("Tệp", picture)
                    .tick("Dùng làm ảnh đại diện")
                    .type("Mô tả ảnh (cho người không xem được ảnh)", alt)
                    .clickButton("Tải lên")
                    .expectText("Đã tải lên tệp")
                    .step("tai anh len");

            trainer.clickLink("Về trang soạn bài").clickButton("Đăng ngay").expectText("Đã đăng.");
            trainer.step("da dang");

            var reader = journey.person("ban doc", Browser.Screen.DESKTOP);
            reader.open("/").clickLinkIn("Điều hướng chính", "Tài liệu").expectHeading("Tài liệu tập huấn");
            reader.step("danh sach tai lieu");
            reader.clickLink(title).expectHeading(title).step("tai lieu");

            assertThat(reader.textsOf(".article__body strong")).contains("ba bước chính");
            assertThat(reader.textsOf(".article__body ul > li"))
                    .as("the list the trainer made bulleted is bulleted")
                    .containsExactly(
                            "Rửa sạch và để ráo",
                            "Phân loại theo trọng lượng",
                            "Đóng hộp, dán tem truy xuất nguồn gốc");
            assertThat(reader.seesImage(alt)).as("the cover picture is shown").isTrue();
        } finally {
            Files.deleteIfExists(picture);
        }
    }

    /**
     * Journey 3: a new learner registers, takes the only seat of a one-seat course, queues for the full demo
     * packaging course and sees their place, then cancels both; the learner waiting for the one seat gets it.
     */
    @Test
    void aNewLearnerEnrolsQueuesAndCancelsAndTheNextInLineGetsTheSeat() {
        long run = System.currentTimeMillis() % 1_000_000;
        var course = new People.Course(
                "ghi-nhan-keo-dua-" + run,
                "Ghi nhãn hàng hóa cho kẹo dừa Mỏ Cày – lớp kèm riêng số " + run,
                "Nhãn mác kẹo dừa (lớp " + run + ")",
                1);
        String name = "Đoàn Thị Kim Ngân";
        String email = "kimngan." + run + "@example.vn";

        try (var journey = Journey.start("3-learner-enrolment", base)) {
            var trainer = People.signIn(journey.person("giang vien", Browser.Screen.DESKTOP), TRAINER, "Lê Văn Phúc");
            People.createsAndOpens(
                    trainer,
                    course,
                    "Thông tin bắt buộc trên nhãn kẹo dừa, cách ghi thành phần, hạn sử dụng và mã truy xuất;"
                            + " mỗi học viên được góp ý trực tiếp mẫu nhãn của cơ sở mình.",
                    "Hội trường Ủy ban nhân dân xã Mỏ Cày");

            var learner = journey.person("hoc vien moi", Browser.Screen.DESKTOP);
            learner.open("/").clickLink("Đăng nhập").clickLink("Đăng ký tài khoản học viên");
            learner.expectHeading("Đăng ký tài khoản học viên")
                    .type("Họ và tên", name)
                    .type("Thư điện tử", email)
                    .type("Số điện thoại", "0913 456 789")
                    .type("Chức vụ", "Chủ cơ sở")
                    .choose("Đối tượng học viên", "Người quản lý doanh nghiệp, hộ kinh doanh")
                    .choose("Xã, phường nơi làm việc", "Xã Giồng Trôm")
                    .type("Tên tổ chức (nếu không có trong danh sách)", "Cơ sở kẹo dừa Kim Ngân, xã Giồng Trôm")
                    .type("Mật khẩu", "keo-dua-mo-cay-" + run)
                    .type("Nhập lại mật khẩu", "keo-dua-mo-cay-" + run)
                    .step("dang ky tai khoan")
                    .clickButton("Đăng ký")
                    .expectText("Chúng tôi đã gửi một thư tới địa chỉ bạn vừa nhập");
            learner.type("Thư điện tử", email)
                    .type("Mật khẩu", "keo-dua-mo-cay-" + run)
                    .step("dang nhap lan dau")
                    .clickButton("Đăng nhập")
                    .expectText("Chào mừng " + name);

            People.findsCourse(learner, course.topic(), course.title());
            learner.clickButton("Đăng ký học").expectText("Đăng ký thành công").step("co cho");
            assertThat(learner.textsOf(".enrolment-box__status")).containsExactly("Đã xác nhận");

            People.findsCourse(learner, "Bao bì, nhãn mác", PACKAGING).expectText("Đã đủ chỗ");
            learner.clickButton("Đăng ký học").expectText("Khóa học đã đủ chỗ: bạn ở vị trí");
            learner.step("danh sach cho");
            String place = placeIn(learner.textsOf(".enrolment-box__status").getFirst());

            var next = People.signIn(
                    journey.person("hoc vien cho", Browser.Screen.DESKTOP), NEXT_LEARNER, "Huỳnh Thị Ngọc Hân");
            People.findsCourse(next, course.topic(), course.title()).expectText("Đã đủ chỗ");
            next.clickButton("Đăng ký học").expectText("bạn ở vị trí 1 trong danh sách chờ");
            People.opensMyCourses(next).step("dang cho cho");
            assertThat(next.linksIn("Đang chờ chỗ")).contains(course.title());
            assertThat(next.cellsOfRow(course.title())).contains("Vị trí 1 trong danh sách chờ");

            People.opensMyCourses(learner).step("khoa hoc cua toi");
            assertThat(learner.linksIn("Sắp học")).contains(course.title());
            assertThat(learner.cellsOfRow(PACKAGING))
                    .as("My courses shows the same place in the queue as the course page")
                    .contains("Vị trí " + place + " trong danh sách chờ");
            learner.clickButtonInRow(course.title(), "Hủy đăng ký").expectText("Đã hủy đăng ký.");
            learner.clickButtonInRow(PACKAGING, "Hủy đăng ký").expectText("Đã hủy đăng ký.");
            learner.step("da huy");
            assertThat(learner.shows(course.title())).isFalse();
            assertThat(learner.shows(PACKAGING)).isFalse();

            People.opensMyCourses(next).step("duoc xep cho");
            assertThat(next.linksIn("Sắp học")).as("promoted from the queue").contains(course.title());
            next.clickLinkInRow(course.title(), course.title()).expectHeading(course.title());
            assertThat(next.textsOf(".enrolment-box__status")).containsExactly("Đã xác nhận");
            next.step("da xac nhan");
        }
    }

    /**
     * Journey 4: a learner enrols in a new course, the trainer records her attendance and she completes it; she
     * downloads her certificate, and the public verification page confirms its code and refuses a mistyped one.
     */
    @Test
    void aTrainerRecordsAttendanceAndTheLearnersCertificateIsVerifiedInPublic() {
        long run = System.currentTimeMillis() % 1_000_000;
        var course = new People.Course(
                "so-che-buoi-" + run,
                "Sơ chế và bảo quản bưởi da xanh sau thu hoạch – khóa " + run,
                "Bảo quản bưởi (khóa " + run + ")",
                20);
        String learnerName = "Trần Thị Thanh Thúy";
        // attendance is recorded only for a session that has begun: this one began an hour ago (the portal's time)
        // and ends in three hours, so the course is still in the catalogue
        var now = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).truncatedTo(ChronoUnit.MINUTES);

        try (var journey = Journey.start("4-attendance-certificate", base)) {
            var trainer = People.signIn(journey.person("giang vien", Browser.Screen.DESKTOP), TRAINER, "Lê Văn Phúc");
            People.createsAndOpens(
                    trainer,
                    course,
                    "Thu hoạch đúng độ chín, xử lý vỏ, bao trái và bảo quản lạnh để bưởi da xanh giữ được chất lượng"
                            + " khi vận chuyển đi xa.",
                    "Hội trường Hợp tác xã Bưởi da xanh Chợ Lách",
                    now.minusHours(1).toString(),
                    now.plusHours(3).toString());

            var learner =
                    People.signIn(journey.person("hoc vien", Browser.Screen.DESKTOP), COMPLETING_LEARNER, learnerName);
            People.findsCourse(learner, course.topic(), course.title());
            learner.clickButton("Đăng ký học").expectText("Đăng ký thành công").step("dang ky hoc");

            trainer.clickLinkIn(People.WORK_AREAS, "Giảng viên").expectHeading("Khu vực giảng viên");
            trainer.clickLink("Khóa học của tôi (giảng viên)").clickLink(course.title());
            trainer.expectHeading("Danh sách lớp: " + course.title()).step("danh sach lop");
            trainer.tick(learnerName).clickButton("Lưu điểm danh và kết quả");
            trainer.expectText("Số học viên vừa hoàn thành: 1.").step("diem danh");
            assertThat(trainer.cellsOfRow(learnerName)).anyMatch(cell -> cell.startsWith("Đã hoàn thành"));

            People.opensMyCourses(learner).step("da hoan thanh");
            assertThat(learner.linksIn("Đã hoàn thành")).contains(course.title());
            String code = learner.cellsOfRow(course.title()).stream()
                    .filter(cell -> cell.matches("[2-9A-Z]{4}(-[2-9A-Z]{4}){4}"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No verification code beside the completed course"));
            var certificate = learner.download(learner.hrefInRow(course.title(), "Tải giấy chứng nhận (PDF)"));
            assertThat(certificate.status()).isEqualTo(200);
            assertThat(certificate.contentType()).startsWith("application/pdf");
            assertThat(new String(certificate.body(), 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");

            var anyone = journey.person("nguoi kiem tra", Browser.Screen.DESKTOP);
            anyone.open(learner.hrefInRow(course.title(), code).getRawPath());
            anyone.expectHeading("Xác minh giấy chứng nhận").expectText("Giấy chứng nhận hợp lệ.");
            anyone.expectText(learnerName)
                    .expectText(course.title())
                    .expectText(code)
                    .step("chung nhan hop le");

            String mistyped = code.substring(0, code.length() - 1) + (code.endsWith("2") ? "3" : "2");
            anyone.type("Mã xác minh", mistyped).clickButton("Xác minh giấy chứng nhận");
            anyone.expectText("Không có giấy chứng nhận nào mang mã này").step("ma sai");
            assertThat(anyone.shows(learnerName)).isFalse();
        }
    }

    /**
     * Journey 5: an administrator imports a new co-operative from a CSV file, adds its product and records a
     * 5-star rating dated today; the public programme page counts one more 5-star product and one more
     * co-operative OCOP entity.
     */
    @Test
    void anAdminImportsAnOrganisationRatesItsProductAndTheProgrammePageCountsIt() throws Exception {
        long run = System.currentTimeMillis() % 100_000_000L;
        String taxCode = "13%08d".formatted(run);
        String cooperative = "Hợp tác xã Mật hoa dừa Thạnh Phú " + run;
        String product = "Mật hoa dừa cô đặc Thạnh Phú " + run;
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Path csv = Files.createTempFile("to-chuc-", ".csv");
        Files.writeString(
                csv,
                "loai,ten,ma_so_thue,ma_xa,dia_chi,dien_thoai,email\n" + "Hợp tác xã," + cooperative + "," + taxCode
                        + ",xa-thanh-phu,Ấp An Định,0275 3870 123,\n",
                StandardCharsets.UTF_8);

        try (var journey = Journey.start("5-admin-programme", base)) {
            var reader = journey.person("ban doc", Browser.Screen.DESKTOP);
            reader.open("/").clickLinkIn(People.MAIN_MENU, "Tiến độ chương trình");
            reader.expectHeading("Tiến độ Chương trình OCOP").step("chuong trinh truoc");
            int fiveStarsBefore = Integer.parseInt(reader.cellsOfRow(FIVE_STARS).get(1));
            var cooperativesBefore = shareOf(reader.cellsOfRow(COOPERATIVES).get(1));

            var admin = People.signIn(journey.person("quan tri", Browser.Screen.DESKTOP), ADMIN, "Nguyễn Thị Thu Hà");
            admin.clickLinkIn(People.WORK_AREAS, "Quản trị").expectHeading("Quản trị");
            admin.clickLink("Tổ chức, chủ thể OCOP").clickLink("Nhập tổ chức từ tệp CSV");
            admin.expectHeading("Nhập tổ chức từ tệp CSV")
                    .attach("Tệp CSV", csv)
                    .clickButton("Xem trước");
            admin.expectText("1 dòng: 1 dòng hợp lệ, 0 lỗi.").step("xem truoc");
            assertThat(admin.cellsOfRow(taxCode)).contains("Hợp tác xã", cooperative, "Hợp lệ");
            admin.clickButton("Nhập tất cả").expectText("Đã nhập 1 tổ chức.").step("da nhap");

            admin.clickLinkIn(People.WORK_AREAS, "Quản trị").expectHeading("Quản trị");
            admin.clickLinkIn("main", "Sản phẩm OCOP");
            admin.expectHeading("Sản phẩm OCOP").clickButton("Thêm sản phẩm");
            admin.typeIn("Thêm sản phẩm", "Tên sản phẩm", product)
                    .chooseIn("Thêm sản phẩm", "Chủ thể", cooperative)
                    .chooseIn("Thêm sản phẩm", "Nhóm sản phẩm", "Thực phẩm")
                    .typeIn("Thêm sản phẩm", "Mô tả ngắn", "Mật hoa dừa nấu cô đặc từ nhựa hoa dừa, không đường thêm.")
                    .step("them san pham")
                    .clickButtonIn("Thêm sản phẩm", "Lưu")
                    .expectText("Đã lưu sản phẩm „" + product + "“.");

            // the filter narrows the table in place: wait until a demo product has left it before choosing a row
            admin.type("Tên sản phẩm", product).clickButton("Lọc").expectNoText(DEMO_PRODUCT);
            admin.clickButtonInRow(product, "Ghi phân hạng");
            String rating = "Ghi kết quả phân hạng: " + product;
            admin.expectText(rating).expectText("Sản phẩm chưa được đánh giá.").step("phan hang");
            admin.chooseIn(rating, "Hạng sao", "5 ★")
                    .typeIn(rating, "Số giấy chứng nhận", "OCOP-BT-" + run)
                    .typeIn(rating, "Ngày chứng nhận", today)
                    .step("ghi phan hang")
                    .clickButtonIn(rating, "Ghi phân hạng")
                    .expectText("Đã ghi kết quả phân hạng cho „" + product + "“.");
            assertThat(admin.cellsOfRow(product))
                    .as("the product's row: name, owner, group, stars, certificate…")
                    .contains(cooperative, "5", "OCOP-BT-" + run);

            reader.open("/").clickLinkIn(People.MAIN_MENU, "Tiến độ chương trình");
            reader.expectHeading("Tiến độ Chương trình OCOP").step("chuong trinh sau");
            assertThat(Integer.parseInt(reader.cellsOfRow(FIVE_STARS).get(1)))
                    .as("5-star products on the programme page")
                    .isEqualTo(fiveStarsBefore + 1);
            assertThat(shareOf(reader.cellsOfRow(COOPERATIVES).get(1)))
                    .as("co-operatives among the OCOP entities")
                    .containsExactly(cooperativesBefore[0] + 1, cooperativesBefore[1] + 1);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /**
     * A reader comes back to the programme page: the second visit is a 304 and the browser shows its kept copy;
     * the charts' inline scripts must run under the policy of that answer (issue 10, finding 4), and the cached
     * home page's scripts too.
     */
    @Test
    void aReaderComingBackSeesTheProgrammesChartsDrawnAgainWithoutAPolicyError() {
        try (var journey = Journey.start("7-return-visit", base)) {
            var reader = journey.person("ban doc", Browser.Screen.DESKTOP);
            for (int visit = 1; visit <= 2; visit++) {
                reader.open("/chuong-trinh").step("programme, visit " + visit);
                assertThat(reader.chartsDrawn(3))
                        .as("charts drawn on visit %d", visit)
                        .isEqualTo(3);
                assertThat(reader.consoleErrors())
                        .as("console on visit %d", visit)
                        .isEmpty();
                if (visit == 2) {
                    assertThat(reader.navigationStatus())
                            .as("the second visit is the browser's kept copy, revalidated")
                            .isEqualTo(304);
                }
                reader.open("/").step("home, visit " + visit);
                assertThat(reader.consoleErrors())
                        .as("console on the home page, visit %d", visit)
                        .isEmpty();
            }
        }
    }

    /** The harness itself: a page with an unlabelled field fails its journey, naming the rule and the element. */
    @Test
    void accessibilityCheckFailsAJourneyAndNamesTheProblem() {
        var journey = Journey.start("0-harness-check", base);
        var person = journey.person("kiem tra", Browser.Screen.DESKTOP);
        person.open("/").expectHeading(ReaderJourney.HOME_VI);
        ((JavascriptExecutor) person.driver())
                .executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                        + " '<input type=\"text\" id=\"unnamed\">')");
        person.step("an unlabelled field");

        assertThatThrownBy(journey::close)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[critical] label on /: Form elements must have labels")
                .hasMessageContaining("at #unnamed");
    }

    /** The place in the queue a learner's status shows ("… · Vị trí 3 trong danh sách chờ"). */
    private static String placeIn(String status) {
        var found = Pattern.compile("Vị trí (\\d+) trong danh sách chờ").matcher(status);
        assertThat(found.find()).as("a place in the queue in “%s”", status).isTrue();
        return found.group(1);
    }

    /** The counts of a share as the programme page shows it: "40.0% (4/10)" is {4, 10}. */
    private static int[] shareOf(String cell) {
        var found = Pattern.compile("\\((\\d+)/(\\d+)\\)").matcher(cell);
        assertThat(found.find()).as("a share with its counts in “%s”", cell).isTrue();
        return new int[] {Integer.parseInt(found.group(1)), Integer.parseInt(found.group(2))};
    }

    /** Journey 6: the reader's journey on a 375 px wide phone, through the collapsed menu. */
    @Test
    void readerOnAPhoneGetsAroundThroughTheCollapsedMenu() throws Exception {
        try (var journey = Journey.start("6-reader-phone", base)) {
            new ReaderJourney(journey.person("ban doc", Browser.Screen.PHONE)).run();
        }
    }
}

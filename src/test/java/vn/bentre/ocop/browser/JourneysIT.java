package vn.bentre.ocop.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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

    static final String PASSWORD = "ocop-bentre-demo";

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

            trainer.clickLinkIn("Điều hướng chính", "Giảng viên").expectHeading("Khu vực giảng viên");
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

    /** Journey 6: the reader's journey on a 375 px wide phone, through the collapsed menu. */
    @Test
    void readerOnAPhoneGetsAroundThroughTheCollapsedMenu() throws Exception {
        try (var journey = Journey.start("6-reader-phone", base)) {
            new ReaderJourney(journey.person("ban doc", Browser.Screen.PHONE)).run();
        }
    }
}

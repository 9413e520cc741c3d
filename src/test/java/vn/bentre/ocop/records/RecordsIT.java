package vn.bentre.ocop.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * Capacity-building records and training reports on a real Payara Micro, against the demo records (managers of
 * the demo organisations trained in 2024 and 2025, and the demo learner's general class of April 2024).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecordsIT {

    static final String PASSWORD = "ocop-bentre-demo";
    static final String ADMIN = "quantri@demo.ocop-bentre.vn";
    static final String TRAINER = "giangvien@demo.ocop-bentre.vn";
    static final String LEARNER = "hocvien@demo.ocop-bentre.vn";
    static final String GENERAL_CLASS = "Tập huấn kiến thức chung về Chương trình OCOP năm 2024";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void aLearnerReadsTheirOwnRecordAndDownloadsTheTranscript() throws Exception {
        var learner = signedIn(LEARNER);

        var page = learner.get("/ca-nhan/ho-so-boi-duong");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Hồ sơ bồi dưỡng của tôi", GENERAL_CLASS, "Năm 2024", "07/2024-OCOP-15")
                .contains("Văn phòng Điều phối nông thôn mới tỉnh Bến Tre");

        var pdf = learner.getBytes("/ca-nhan/bang-diem");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        var json = learner.get("/api/ho-so/toi");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"name\":\"Phạm Thị Mỹ Linh\"", GENERAL_CLASS);
    }

    @Test
    void aLearnerCannotReadAnotherPersonsRecordByChangingTheId() throws Exception {
        var admin = signedIn(ADMIN);
        long manager = personId(admin, "vovantam");
        var learner = signedIn(LEARNER);
        long me = idOf(learner.get("/api/ho-so/toi").body());

        assertThat(learner.get("/api/ho-so/" + me).statusCode()).isEqualTo(200);
        assertThat(learner.get("/api/ho-so/" + manager).statusCode())
                .as("someone else's record is answered as missing")
                .isEqualTo(404);
        assertThat(learner.get("/api/ho-so/999999999").statusCode()).isEqualTo(404);
        assertThat(learner.getBytes("/ca-nhan/bang-diem?nguoi=" + manager).statusCode())
                .isEqualTo(404);
        assertThat(learner.get("/quan-tri/ho-so-boi-duong?nguoi=" + manager).statusCode())
                .isEqualTo(403);
        assertThat(learner.get("/quan-tri/bao-cao").statusCode()).isEqualTo(403);
        assertThat(new WebClient(base.toURI()).get("/api/ho-so/toi").statusCode())
                .isEqualTo(401);

        var trainer = signedIn(TRAINER);
        assertThat(trainer.get("/giang-vien/ho-so-hoc-vien?nguoi=" + manager).statusCode())
                .as("a trainer reads only the records of their own courses' learners")
                .isEqualTo(404);
    }

    @Test
    void reportsShowTheSeededFiguresAndExportExactlyTheTable() throws Exception {
        var admin = signedIn(ADMIN);

        var report = admin.get("/quan-tri/bao-cao?theo=TOPIC&nam=2024");
        assertThat(report.statusCode()).isEqualTo(200);
        // 2024: the general class (16 h) for the five managers and the demo learner; the packaging class (12 h)
        // for two managers.
        assertThat(report.body())
                .containsPattern("<td>Quản trị</td>\\s*<td>6</td>\\s*<td>6</td>\\s*<td>96</td>")
                .containsPattern("<td>Tiếp thị số</td>\\s*<td>2</td>\\s*<td>2</td>\\s*<td>24</td>")
                .contains("trainedChart");

        assertThat(report.body())
                .as("the demo certificate that expires within three weeks is listed")
                .contains("Giấy chứng nhận sản phẩm OCOP sắp hết hạn", ">Bánh tráng Mỹ Lồng</a>");
        var share = Pattern.compile("\\((\\d+) trong số (\\d+) chủ thể").matcher(report.body());
        assertThat(share.find())
                .as("the share of OCOP entities with a trained manager")
                .isTrue();
        assertThat(Integer.parseInt(share.group(1)))
                .as("demo managers of certified entities were trained")
                .isPositive()
                .isLessThanOrEqualTo(Integer.parseInt(share.group(2)));

        var csv = admin.get("/quan-tri/bao-cao/tai-ve?bang=nguoi&theo=TOPIC&nam=2024&dinh-dang=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body())
                .contains("Chủ đề,Số người,Lượt hoàn thành,Số giờ", "Quản trị,6,6,96", "Tiếp thị số,2,2,24");

        var xlsx = admin.getBytes("/quan-tri/bao-cao/tai-ve?bang=nguoi&theo=TOPIC&nam=2024&dinh-dang=xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Quản trị");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(6.0);
        }
        var pdf = admin.getBytes("/quan-tri/bao-cao/tai-ve?bang=khoa&dinh-dang=pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        var byCommune = admin.get("/quan-tri/bao-cao?theo=COMMUNE&nam=2024");
        assertThat(byCommune.body()).as("every row names a commune of today").doesNotContain("<td>Huyện ");
        assertThat(admin.get("/quan-tri/bao-cao?theo=NOPE").statusCode()).isEqualTo(404);
        assertThat(admin.get("/quan-tri/bao-cao/tai-ve?bang=nguoi&dinh-dang=doc")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anAdministratorRecordsOutsideTrainingAndItJoinsThePersonsRecord() throws Exception {
        var admin = signedIn(ADMIN);
        long manager = personId(admin, "kimhoa");
        String path = "/quan-tri/ho-so-boi-duong?nguoi=" + manager;
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String tomorrow = LocalDate.now().plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        var future = admin.submit(path, admin.get(path).body(), form("Hội thảo xuất khẩu nông sản", tomorrow, "8"));
        assertThat(future.body()).contains("Ngày hoàn thành không được ở tương lai.");

        var bad = admin.submit(path, admin.get(path).body(), form("Hội thảo xuất khẩu nông sản", today, "0"));
        assertThat(bad.body()).doesNotContain("Đã ghi nhận");

        var done = admin.follow(
                admin.submit(path, admin.get(path).body(), form("Hội thảo xuất khẩu nông sản", today, "8")));
        assertThat(done.body()).contains("Đã ghi nhận khóa đào tạo vào hồ sơ.", "Hội thảo xuất khẩu nông sản");

        var audit = admin.get("/quan-tri/nhat-ky");
        assertThat(audit.body()).contains("Ghi nhận đào tạo ngoài cổng");
    }

    private static Map<String, String> form(String title, String day, String hours) {
        return Map.of(
                "external", "external",
                "external:title", title,
                "external:provider", "Trung tâm Xúc tiến Thương mại tỉnh",
                "external:topic", "Xúc tiến thương mại",
                "external:hours", hours,
                "external:completedOn_input", day,
                "external:sourceNote", "Giấy mời và danh sách tham dự lưu tại Trung tâm",
                "external:add", "x");
    }

    private long personId(WebClient admin, String query) throws Exception {
        var found = admin.get("/quan-tri/ho-so-boi-duong?q=" + query).body();
        var m = Pattern.compile("ho-so-boi-duong\\?nguoi=(\\d+)").matcher(found);
        assertThat(m.find()).as("the search finds %s", query).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long idOf(String json) {
        var m = Pattern.compile("\"personId\":(\\d+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    private WebClient signedIn(String email) throws Exception {
        var web = new WebClient(base.toURI());
        assertThat(web.signIn(email, PASSWORD).statusCode())
                .as("%s signed in", email)
                .isEqualTo(200);
        return web;
    }
}

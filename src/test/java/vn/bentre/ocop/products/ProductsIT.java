package vn.bentre.ocop.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bentre.ocop.products.control.DemoProducts;
import vn.bentre.ocop.support.Deployments;
import vn.bentre.ocop.support.WebClient;

/**
 * Directory, products, programme page and audit log on a real Payara Micro with the demo data: organisation imports
 * through the REST API (good file, file with bad rows, file that is not CSV), the programme's figures against the
 * seeded records, the public directory's filters, audit entries for a publish and a role change, and role refusals.
 * No test changes what another one counts: ratings recorded here keep the stars a product had.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductsIT {

    static final String PASSWORD = "ocop-bentre-demo";
    static final String ADMIN = "quantri@demo.ocop-bentre.vn";
    static final String LEARNER = "hocvien@demo.ocop-bentre.vn";
    static final String TRAINER = "giangvien@demo.ocop-bentre.vn";
    static final String IMPORT = "/api/quan-tri/to-chuc/nhap?ten-tep=";
    static final String HEADER = "loai,ten,ma_so_thue,ma_xa,dia_chi,dien_thoai,email\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(ProductsProbe.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aGoodFileIsImportedWholeAndAgainRefusedForItsTaxCodes() throws Exception {
        var admin = signedIn(ADMIN);
        String file = HEADER
                + "Hợp tác xã,Hợp tác xã Dừa sáp Thạnh Phong,1300777001,xa-thanh-phu,Ấp Thạnh Hòa,0275 3861 001,\n"
                + "lang nghe,Làng nghề đan lục bình Tân Thiềng,,xa-cho-lach,,,\n"
                + "DOANH NGHIỆP,Công ty TNHH Bánh phồng Tư Bé,1300777002,xa-giong-trom,,,banhphong@example.vn\n";

        var imported = admin.postBytes(IMPORT + "tot.csv", bytes(file));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"status\":\"DONE\"", "\"importedRows\":3");
        var again = admin.postBytes(IMPORT + "lai.csv", bytes(file));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body())
                .contains("dong 2: ma_so_thue", "dong 4: ma_so_thue", "Mã số thuế đã có trong danh bạ.")
                .doesNotContain("dong 3:");
    }

    @Test
    void theOrganisationsCsvExportNeutralisesAFormulaName() throws Exception {
        var admin = signedIn(ADMIN);
        String file =
                HEADER + "Hợp tác xã,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,xa-thanh-phu,,+84 275 3861 001,\n";
        var imported = admin.postBytes(IMPORT + "cong-thuc.csv", bytes(file));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        var page = admin.browse("/quan-tri/to-chuc");
        assertThat(page.statusCode()).isEqualTo(200);
        var fields = new LinkedHashMap<String, String>();
        fields.put("organisations", "organisations");
        fields.put("organisations:text", "HYPERLINK");
        fields.put("organisations:exportCsv", "CSV");
        var export = admin.submit("/quan-tri/to-chuc", page.body(), fields);

        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String csv = export.body();
        assertThat(csv).startsWith("\uFEFFTên tổ chức,");
        assertThat(csv)
                .as("the name is written as text, a single quote in front, never as a formula")
                .contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
                .contains(",'+84 275 3861 001")
                .doesNotContain("\"=HYPERLINK")
                .doesNotContain("\n=HYPERLINK");
    }

    @Test
    void anImportWhoseNodeDiedReadsAsFailedWithinAMinute() throws Exception {
        var admin = signedIn(ADMIN);
        String killed = ok(admin, "runningJob", Map.of("started", 120, "beat", 90));
        String alive = ok(admin, "runningJob", Map.of("started", 120, "beat", 2));

        assertThat(ok(admin, "job", Map.of("id", killed)))
                .as("no heartbeat for 90 s: the node died, its transaction rolled back")
                .isEqualTo("FAILED|0|directory.import.abandoned");
        assertThat(ok(admin, "job", Map.of("id", alive)))
                .as("a job two minutes old with a fresh heartbeat is still running")
                .startsWith("RUNNING|");
    }

    @Test
    void anImportCompletesWithItsHeartbeatRunning() throws Exception {
        var admin = signedIn(ADMIN);
        String file = HEADER + "Hợp tác xã,Hợp tác xã Nhịp Tim,1300999021,xa-thanh-phu,,,\n";

        var imported = admin.postBytes(IMPORT + "nhip-tim.csv", bytes(file));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"status\":\"DONE\"", "\"importedRows\":1");
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryBadCell() throws Exception {
        var admin = signedIn(ADMIN);
        String good = "Hộ kinh doanh,Cơ sở mật hoa dừa Bảy Tỏ,1300888001,xa-mo-cay,,,\n";
        String file = HEADER + good
                + "nông trại,,12AB,xa-khong-co,,,\n"
                + "Hợp tác xã,Hợp tác xã Bưởi Tân Phú,1300888001,xa-cho-lach,,,khong-phai-email\n";

        var refused = admin.postBytes(IMPORT + "loi.csv", bytes(file));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body())
                .contains(
                        "dong 3: loai",
                        "dong 3: ten",
                        "dong 3: ma_so_thue",
                        "dong 3: ma_xa",
                        "dong 4: ma_so_thue",
                        "dong 4: email",
                        "không dòng nào được nhập")
                .doesNotContain("dong 2:");
        var goodAlone = admin.postBytes(IMPORT + "mot-dong.csv", bytes(HEADER + good));
        assertThat(goodAlone.statusCode())
                .as("the good row of the refused file was not imported: its tax code is still free")
                .isEqualTo(200);
        assertThat(goodAlone.body()).contains("\"importedRows\":1");
    }

    @Test
    void aFileThatIsNotCsvIsRefusedWithAClearMessage() throws Exception {
        var admin = signedIn(ADMIN);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

        var refused = admin.postBytes(IMPORT + "anh.csv", png);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Tệp này không phải tệp CSV");
        var noHeader = admin.postBytes(IMPORT + "thu.csv", bytes("Kính gửi Văn phòng Điều phối,\nxin gửi danh sách\n"));
        assertThat(noHeader.statusCode()).isEqualTo(400);
        assertThat(noHeader.body()).contains("Dòng đầu của tệp phải là tên các cột");
    }

    @Test
    void theProgrammePageShowsFiguresComputedFromTheSeededRecords() throws Exception {
        var reader = new WebClient(base.toURI());

        var api = reader.get("/api/chuong-trinh");
        var page = reader.get("/chuong-trinh");

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(indicator(api.body(), "RATED_PRODUCTS")).contains("\"value\":" + DemoProducts.RATED);
        assertThat(indicator(api.body(), "FIVE_STAR_PRODUCTS")).contains("\"value\":" + DemoProducts.FIVE_STAR);
        assertThat(indicator(api.body(), "UPGRADED_SHARE"))
                .contains("\"numerator\":" + DemoProducts.UPGRADED, "\"denominator\":" + DemoProducts.EVER_RATED)
                .contains("\"value\":26.7");
        assertThat(indicator(api.body(), "COOPERATIVE_SHARE"))
                .contains(
                        "\"numerator\":" + DemoProducts.COOPERATIVE_ENTITIES,
                        "\"denominator\":" + DemoProducts.ENTITIES);
        assertThat(indicator(api.body(), "CRAFT_VILLAGE_SHARE"))
                .contains("\"numerator\":" + DemoProducts.CRAFT_VILLAGE_ENTITIES);
        assertThat(indicator(api.body(), "TRADE_PARTICIPATIONS"))
                .contains("\"value\":" + DemoProducts.PARTICIPATIONS_THIS_YEAR, "\"target\":100");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Set-Cookie"))
                .as("a public page opens no session")
                .isEmpty();
        assertThat(row(page.body(), "RATED_PRODUCTS")).contains("indicator__value\">" + DemoProducts.RATED, ">200<");
        assertThat(row(page.body(), "UPGRADED_SHARE")).contains("26.7%", "(4/15)");
        assertThat(row(page.body(), "COOPERATIVE_SHARE")).contains("40.0%");
        assertThat(page.body()).contains("widget_progressChart", "\"type\":\"doughnut\"");
        var csv = reader.get("/api/du-lieu-mo/chuong-trinh.csv");
        assertThat(csv.body()).contains("RATED_PRODUCTS,false," + DemoProducts.RATED + ",");
    }

    @Test
    void theDirectoryFiltersInTheDatabaseAndLeavesExpiredCertificatesOut() throws Exception {
        var reader = new WebClient(base.toURI());

        var all = reader.get("/san-pham");
        var fiveStars = reader.get("/san-pham?sao=5");
        var craftVillages = reader.get("/san-pham?loai=lang-nghe");
        var handicrafts = reader.get("/san-pham?nhom=thu-cong-my-nghe&xa=xa-thanh-phu");

        assertThat(all.body())
                .contains("Có " + DemoProducts.RATED + " sản phẩm.")
                .doesNotContain("Kẹo chuối Ba Tri");
        assertThat(fiveStars.body())
                .contains("Có 2 sản phẩm.", "Bưởi da xanh Chợ Lách", "Dầu dừa tinh khiết ép lạnh")
                .doesNotContain("Kẹo dừa sữa Mỏ Cày");
        assertThat(craftVillages.body())
                .contains("Có 4 sản phẩm.", "Kẹo dừa sữa Mỏ Cày", "Bánh phồng Sơn Đốc", "Rượu Phú Lễ")
                .doesNotContain("Bưởi da xanh");
        assertThat(handicrafts.body()).contains("Có 1 sản phẩm.", "Túi xách đan sợi dừa");
        var giongTrom = reader.get("/san-pham?xa=xa-giong-trom");
        assertThat(giongTrom.body())
                .as("today's commune gathers the products recorded under the commune it replaced")
                .contains("Có 3 sản phẩm.", "Bánh phồng Sơn Đốc", "Xã Hưng Nhượng (Xã Giồng Trôm)")
                .contains("Chanh muối Hải Phượng", "Bánh tráng Mỹ Lồng")
                .doesNotContain("value=\"xa-hung-nhuong\"");
        assertThat(reader.get("/san-pham?sao=6").statusCode()).isEqualTo(404);
        assertThat(reader.get("/san-pham?nhom=khong-co").statusCode()).isEqualTo(404);
        var expired = reader.get("/san-pham/keo-chuoi-ba-tri");
        assertThat(expired.statusCode()).isEqualTo(200);
        assertThat(expired.body()).contains("đã hết hiệu lực");
        var soon = reader.get("/san-pham/banh-trang-my-long");
        assertThat(soon.body()).contains("sắp hết hiệu lực");
        var upgraded = reader.get("/san-pham/buoi-da-xanh-cho-lach");
        assertThat(upgraded.body()).contains("5 ★ — nâng hạng", "4 ★");
        var json = reader.get("/api/san-pham?sao=5");
        assertThat(json.body()).contains("\"total\":2", "\"slug\":\"buoi-da-xanh-cho-lach\"");
    }

    @Test
    void auditEntriesAppearForAPublishARoleChangeAndARating() throws Exception {
        var admin = signedIn(ADMIN);
        ok(admin, "publish", Map.of("title", "Hội chợ OCOP Bến Tre mở cửa đón khách"));
        ok(admin, "roles", Map.of("email", TRAINER));
        long productId = Long.parseLong(ok(admin, "productId", Map.of("slug", "keo-dua-la-dua")));
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        assertThat(ok(admin, "rate", Map.of("id", productId, "stars", 3, "certificate", "IT-3-SAO-001", "on", today)))
                .as("a re-rating with as many stars is not an upgrade")
                .isEqualTo("3|false");
        assertThat(call(admin, "rate", Map.of("id", productId, "stars", 4, "certificate", "IT-3-SAO-001", "on", today))
                        .body())
                .isEqualTo("products.rating.certificateTaken");

        var log = admin.browse("/quan-tri/nhat-ky");

        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body())
                .contains("Xuất bản", "Hội chợ OCOP Bến Tre mở cửa đón khách")
                .contains("Đổi vai trò", TRAINER)
                .contains("Phân hạng sản phẩm", "IT-3-SAO-001")
                .contains("Nguyễn Thị Thu Hà");
    }

    @Test
    void mergingMovesProductsAndPeopleToTheOrganisationKept() throws Exception {
        var admin = signedIn(ADMIN);
        long kept = Long.parseLong(ok(
                admin,
                "createOrganisation",
                Map.of(
                        "type",
                        "COOPERATIVE",
                        "name",
                        "Hợp tác xã Dừa xiêm Lương Phú",
                        "taxCode",
                        "1300999111",
                        "commune",
                        "Xã Giồng Trôm")));
        long duplicate = Long.parseLong(ok(
                admin,
                "createOrganisation",
                Map.of(
                        "type",
                        "COOPERATIVE",
                        "name",
                        "HTX Dừa xiêm Lương Phú",
                        "taxCode",
                        "",
                        "commune",
                        "Xã Giồng Trôm")));
        long product = Long.parseLong(
                ok(admin, "createProduct", Map.of("name", "Nước dừa xiêm đóng chai", "owner", duplicate)));
        ok(admin, "link", Map.of("organisation", duplicate, "email", LEARNER, "position", "MANAGER"));
        assertThat(call(admin, "merge", Map.of("kept", kept, "duplicate", kept)).body())
                .isEqualTo("directory.merge.same");

        ok(admin, "merge", Map.of("kept", kept, "duplicate", duplicate));

        assertThat(ok(admin, "owner", Map.of("id", product))).isEqualTo(String.valueOf(kept));
        assertThat(ok(admin, "members", Map.of("organisation", kept))).isEqualTo(LEARNER + ":MANAGER");
        assertThat(call(admin, "members", Map.of("organisation", duplicate)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void anAdministratorSetsTheNextPlansTargetsAndSharesStayPercentages() throws Exception {
        var admin = signedIn(ADMIN);
        assertThat(call(admin, "targets", Map.of("plan", "2026-2030", "indicator", "UPGRADED_SHARE", "value", 120))
                        .body())
                .isEqualTo("products.targets.invalid");
        assertThat(call(signedIn(LEARNER), "targets", Map.of("plan", "x", "indicator", "RATED_PRODUCTS", "value", 1))
                        .statusCode())
                .isEqualTo(403);

        ok(admin, "targets", Map.of("plan", "2026-2030", "indicator", "FIVE_STAR_PRODUCTS", "value", 30));

        var api = new WebClient(base.toURI()).get("/api/chuong-trinh");
        assertThat(api.body()).contains("\"plan\":\"2026-2030\"");
        assertThat(indicator(api.body(), "FIVE_STAR_PRODUCTS")).contains("\"target\":30");
    }

    @Test
    void anonymousReadersAndLearnersCannotReachAdministration() throws Exception {
        var anonymous = new WebClient(base.toURI());
        var learner = signedIn(LEARNER);

        assertThat(anonymous.get("/quan-tri/san-pham").statusCode()).isIn(302, 303);
        assertThat(learner.get("/quan-tri/nhat-ky").statusCode()).isEqualTo(403);
        assertThat(learner.get("/quan-tri/nhap-to-chuc").statusCode()).isEqualTo(403);
        assertThat(learner.postBytes(IMPORT + "x.csv", bytes(HEADER)).statusCode())
                .isEqualTo(403);
        assertThat(anonymous.postBytes(IMPORT + "x.csv", bytes(HEADER)).statusCode())
                .isIn(401, 403);
        assertThat(call(learner, "rate", Map.of("id", 1, "stars", 5, "certificate", "X", "on", "2026-01-01"))
                        .statusCode())
                .as("the rating service itself refuses a learner")
                .isEqualTo(403);
        assertThat(call(learner, "merge", Map.of("kept", 1, "duplicate", 2)).statusCode())
                .isEqualTo(403);
        assertThat(call(anonymous, "roles", Map.of("email", LEARNER)).statusCode())
                .isEqualTo(403);
    }

    private static String indicator(String json, String name) {
        var matcher = Pattern.compile("\\{[^{}]*\"indicator\":\"" + name + "\"[^{}]*}")
                .matcher(json);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group();
    }

    private static String row(String html, String indicator) {
        int start = html.indexOf("id=\"indicator-" + indicator + "\"");
        assertThat(start).as(indicator).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private WebClient signedIn(String email) throws Exception {
        var web = new WebClient(base.toURI());
        assertThat(web.signIn(email, PASSWORD).statusCode())
                .as("%s signed in", email)
                .isEqualTo(200);
        return web;
    }

    private static String ok(WebClient web, String op, Map<String, Object> params) throws Exception {
        var response = call(web, op, params);
        assertThat(response.statusCode())
                .as("%s %s: %s", op, params, response.body())
                .isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> call(WebClient web, String op, Map<String, Object> params) throws Exception {
        var all = new LinkedHashMap<String, Object>(params);
        all.put("op", op);
        var query = new StringBuilder();
        all.forEach((k, v) -> query.append(query.isEmpty() ? "?" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)));
        return web.get("/test/products" + query);
    }
}

package vn.bentre.ocop.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bentre.ocop.support.Deployments;
import vn.bentre.ocop.support.WebClient;

/** What an anonymous reader sees of the demo news, bulletin and courses, on a real Payara Micro. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicContentIT {

    static final String RATING_TITLE = "Hội đồng cấp tỉnh đánh giá, phân hạng 18 sản phẩm OCOP khu vực Bến Tre";
    static final String RATING_PATH = "/tin-tuc/hoi-dong-cap-tinh-danh-gia-phan-hang-18-san-pham-ocop-khu-vuc-ben-tre";
    static final String TRACEABILITY_TITLE =
            "Chuyển đổi số và tem truy xuất nguồn gốc giúp sản phẩm OCOP lên sàn thương mại điện tử";
    static final String GOVERNANCE_COURSE = "Quản trị hợp tác xã và xây dựng kế hoạch kinh doanh sản phẩm OCOP";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    WebClient web;

    @BeforeEach
    void newBrowser() throws Exception {
        web = new WebClient(base.toURI());
    }

    @Test
    void homePageShowsLatestNewsTheBulletinAndUpcomingCourses() throws Exception {
        var home = read("/");
        // The newest articles are whatever the shared test database holds now (other test classes publish news
        // too), so the home page is compared with the first page of the news list rather than with fixed titles.
        var newest = java.util.regex.Pattern.compile("class=\"item-list__title\"><a href=\"[^\"]*\">([^<]*)</a>")
                .matcher(read("/tin-tuc").body())
                .results()
                .limit(5)
                .map(m -> m.group(1))
                .toList();

        assertThat(newest).hasSize(5);
        assertThat(home.body())
                .contains(newest.toArray(String[]::new))
                .contains(GOVERNANCE_COURSE)
                .contains("Tin tức mới", "Bản tin mới nhất", "Khóa học sắp diễn ra")
                .contains("Bản tin OCOP Bến Tre số 1")
                .contains("href=\"" + base.getPath() + "tin-tuc\"", "href=\"" + base.getPath() + "khoa-hoc\"");
    }

    @Test
    void newsListShowsThePublishedArticlesNewestFirst() throws Exception {
        var list = read("/tin-tuc");

        assertThat(list.body())
                .contains("<h1>Tin tức</h1>")
                .contains("Nhìn lại kế hoạch OCOP 2021-2025: mục tiêu 200 sản phẩm từ 3 sao trở lên")
                .contains("Sản phẩm OCOP khu vực Bến Tre góp mặt tại hội chợ xúc tiến thương mại");
        assertThat(list.body().indexOf(RATING_TITLE))
                .as("the newest article comes first")
                .isLessThan(list.body().indexOf(TRACEABILITY_TITLE));
    }

    @Test
    void articlePageShowsTitleAuthorAndSanitizedBody() throws Exception {
        var article = read(RATING_PATH);

        assertThat(article.body())
                .contains("<h1>" + RATING_TITLE + "</h1>")
                .contains("<h2>Chấm điểm theo bộ tiêu chí thống nhất</h2>")
                .contains("Quyết định số 148/QĐ-TTg")
                .contains("Trần Minh Khoa")
                .contains("aria-label=\"Đường dẫn\"");
    }

    static final String RATING_TITLE_EN = "Provincial council rates 18 OCOP products of the Bến Tre area";
    static final String RATING_PATH_EN = "/tin-tuc/provincial-council-rates-18-ocop-products-of-the-ben-tre-area";

    @Test
    void englishReadersSeeTheEnglishVersionOfATranslatedArticleAndVietnameseReadersTheOriginal() throws Exception {
        var vietnamese = read("/tin-tuc").body();
        assertThat(vietnamese).contains(RATING_TITLE, TRACEABILITY_TITLE).doesNotContain(RATING_TITLE_EN);

        web.setCookie("lang", "en");
        var english = read("/tin-tuc").body();
        assertThat(english)
                .as("the translated article in English, untranslated ones as they are")
                .contains(RATING_TITLE_EN, TRACEABILITY_TITLE)
                .doesNotContain(RATING_TITLE);
        assertThat(read("/").body()).contains(RATING_TITLE_EN).doesNotContain(RATING_TITLE);
    }

    @Test
    void anArticleLinksToItsTranslationBothWays() throws Exception {
        var original = read(RATING_PATH).body();
        assertThat(original)
                .contains("Read in English:")
                .contains("href=\"" + base.getPath() + RATING_PATH_EN.substring(1) + "\" hreflang=\"en\"")
                .contains("<link rel=\"alternate\" hreflang=\"en\"");

        var translation = read(RATING_PATH_EN).body();
        assertThat(translation)
                .contains("<h1>" + RATING_TITLE_EN + "</h1>", "Decision 148/QĐ-TTg")
                .contains("Đọc bằng tiếng Việt:")
                .contains("href=\"" + base.getPath() + RATING_PATH.substring(1) + "\" hreflang=\"vi\"");
    }

    @Test
    void aPageServedAgainCarriesTheNonceOfItsContentAndTheSameValidator() throws Exception {
        var first = read("/ban-tin");
        var second = read("/ban-tin");

        // an anonymous public page's nonce is derived from its content (platform.control.SealedPage), so the policy
        // of a 304 or a cached copy is the one the browser's kept body was served with
        String nonce = nonceOf(first);
        assertThat(nonceOf(second)).as("the same content, the same nonce").isEqualTo(nonce);
        assertThat(second.headers().firstValue("ETag"))
                .isEqualTo(first.headers().firstValue("ETag"));
        var signedIn = new WebClient(base.toURI());
        signedIn.signIn("hocvien@demo.ocop-bentre.vn", "ocop-bentre-demo");
        String mine = nonceOf(signedIn.get("/ban-tin"));
        assertThat(nonceOf(signedIn.get("/ban-tin")))
                .as("a signed-in page, never cached, has a random nonce per response")
                .isNotEqualTo(mine);
    }

    private static String nonceOf(HttpResponse<String> page) {
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        var m = Pattern.compile("'nonce-([^']+)'").matcher(policy);
        assertThat(m.find()).as(policy).isTrue();
        assertThat(page.body()).contains("nonce=\"" + m.group(1) + "\"");
        return m.group(1);
    }

    @Test
    void readingAnArticleCountsAView() throws Exception {
        String api = "/api/noi-dung/tin-tuc/" + RATING_PATH.substring("/tin-tuc/".length());
        long before = views(web.get(api).body());

        read(RATING_PATH);
        read(RATING_PATH);

        // Readings are counted in memory and written every 5 s (content.boundary.ReadingCounts): the API shows them
        // once the next batch is written. Ask until it does, at most a minute (a loaded machine delays the timer).
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(1).toNanos();
        long now = views(web.get(api).body());
        while (now < before + 2 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            now = views(web.get(api).body());
        }
        assertThat(now)
                .as("two readings counted once their batch was written (other tests may read it too)")
                .isGreaterThanOrEqualTo(before + 2);
    }

    private static long views(String json) {
        var m = Pattern.compile("\"views\"\\s*:\\s*(\\d+)").matcher(json);
        assertThat(m.find()).as("the API detail has a view count: %s", json).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void unknownArticleIsALocalisedNotFound() throws Exception {
        var missing = web.get("/tin-tuc/khong-ton-tai");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body())
                .contains("Không tìm thấy trang", "Trang bạn tìm không tồn tại")
                .doesNotContain("at vn.bentre", "at jakarta.", "Caused by");
        assertThat(missing.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void pageNumberBeyondTheListIsNotFound() throws Exception {
        assertThat(web.get("/tin-tuc?trang=99").statusCode()).isEqualTo(404);
        assertThat(web.get("/tin-tuc?trang=hai").statusCode()).isEqualTo(404);
    }

    @Test
    void bulletinIssueHasItsOwnPage() throws Exception {
        var list = read("/ban-tin");
        var link = Pattern.compile("href=\"[^\"]*(/ban-tin/ban-tin-ocop-ben-tre-so-1-[a-z0-9-]+)\"")
                .matcher(list.body());
        assertThat(link.find()).as("the list links the issue").isTrue();

        assertThat(read(link.group(1)).body()).contains("Số 1", "<h2>Lịch tập huấn sắp tới</h2>");
    }

    @Test
    void courseCatalogueListsTheOpenAndUpcomingCourses() throws Exception {
        var catalogue = read("/khoa-hoc");

        assertThat(catalogue.body())
                .contains(GOVERNANCE_COURSE)
                .contains("Tiếp thị số và bán hàng trên sàn thương mại điện tử")
                .contains("Truy xuất nguồn gốc và tem QR cho sản phẩm OCOP")
                .contains("Cán bộ quản lý hợp tác xã", "30 chỗ · 16 giờ học");
    }

    @Test
    void coursePageShowsItsSessionsVenueAndTrainer() throws Exception {
        var course = read("/khoa-hoc/quan-tri-htx-k1");

        assertThat(course.body())
                .contains("<h1>" + GOVERNANCE_COURSE + "</h1>")
                .contains("Lịch học", "07:30", "13:30")
                .contains("Hội trường Trung tâm Khuyến nông, phường An Hội, tỉnh Vĩnh Long")
                .contains("Lê Văn Phúc");
        assertThat(course.body().split("<tr>", -1))
                .as("a header row and four sessions")
                .hasSize(6);
    }

    @Test
    void unknownCourseIsNotFound() throws Exception {
        assertThat(web.get("/khoa-hoc/khong-ton-tai").statusCode()).isEqualTo(404);
    }

    /** A public page: it must exist and, read anonymously, must not open an HTTP session. */
    private HttpResponse<String> read(String path) throws Exception {
        var response = web.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("anonymous reading of %s creates no session", path)
                .isEmpty();
        return response;
    }
}

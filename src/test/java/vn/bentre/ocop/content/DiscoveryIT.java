package vn.bentre.ocop.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/** How readers and machines find published content: search, feeds, sitemap, redirects, caching, the API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiscoveryIT {

    static final String RATING_TITLE = "Hội đồng cấp tỉnh đánh giá, phân hạng 18 sản phẩm OCOP khu vực Bến Tre";
    static final String RATING_SLUG = "hoi-dong-cap-tinh-danh-gia-phan-hang-18-san-pham-ocop-khu-vuc-ben-tre";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(DiscoverySeed.class);
    }

    @ArquillianResource
    URL base;

    WebClient web;

    @BeforeEach
    void newBrowser() throws Exception {
        web = new WebClient(base.toURI());
    }

    @Test
    void searchFindsBenTreHoweverItIsTyped() throws Exception {
        for (String query : new String[] {"ben tre", "BẾN TRE", "Bến Tre", "bến tre"}) {
            var page = search(query);
            assertThat(page).as(query).contains("ocop-khu-vuc-ben-tre\"").contains("<mark>");
        }
    }

    @Test
    void dStrokeCanBeTypedAsD() throws Exception {
        assertThat(search("hoi dong danh gia")).contains("/tin-tuc/" + RATING_SLUG);
    }

    @Test
    void exactDiacriticsRankFirstAndWithoutThemNewestFirst() throws Exception {
        var exact = search("Cồn Phụng");
        assertThat(exact.indexOf("du-lich-con-phung")).isPositive().isLessThan(exact.indexOf("con-phung-ven-song"));

        var folded = search("con phung");
        assertThat(folded.indexOf("con-phung-ven-song")).isPositive().isLessThan(folded.indexOf("du-lich-con-phung"));
    }

    @Test
    void resultsMarkTheWordsAndEscapeTheText() throws Exception {
        var page = search("keo dua");
        assertThat(page)
                .contains("<mark>Kẹo</mark> <mark>dừa</mark> &lt;b&gt;Mỏ Cày&lt;/b&gt; &amp; bánh phồng")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)", "<b>Mỏ Cày</b>")
                .contains("Tin tức");
    }

    @Test
    void emptyAndUnmatchedQueriesSayWhatToDoAndLongOnesAreCut() throws Exception {
        assertThat(search("")).contains("Nhập từ khóa để tìm");
        assertThat(search("   ")).contains("Nhập từ khóa để tìm");
        assertThat(search("zzqxw")).contains("Không tìm thấy nội dung nào với từ khóa “zzqxw”");
        assertThat(search("dừa ".repeat(300) + "%_'\"<>")).contains("kết quả");
        assertThat(web.get("/tim-kiem?q=ben+tre&loai=khong-co&trang=abc").statusCode())
                .isEqualTo(200);
    }

    @Test
    void searchFiltersByType() throws Exception {
        var bulletins = search("ben tre", "ban-tin");
        assertThat(bulletins).contains("/ban-tin/ban-tin-ocop-ben-tre-so-1").doesNotContain("/tin-tuc/" + RATING_SLUG);
    }

    @Test
    void aCategoryHasItsOwnFeedOfItsItemsOnly() throws Exception {
        var response = read("/atom/danh-muc/chuyen-doi-so.xml");
        var feed = new SyndFeedInput().build(new StringReader(response.body()));

        assertThat(feed.getTitle()).contains("Chuyển đổi số");
        assertThat(feed.getEntries())
                .extracting(SyndEntry::getLink)
                .allMatch(link -> link.startsWith("http"))
                .as("the demo series is filed under digital transformation")
                .anyMatch(link -> link.contains("/chuyen-de/"));
        var training = new SyndFeedInput()
                .build(new StringReader(read("/rss/danh-muc/tap-huan.xml").body()));
        assertThat(training.getEntries())
                .extracting(SyndEntry::getLink)
                .isNotEmpty()
                .noneMatch(link -> link.contains("/chuyen-de/"));
        assertThat(web.get("/rss/danh-muc/khong-co.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void rssAndAtomFeedsListTheNewsWithAbsoluteLinks() throws Exception {
        for (String path : new String[] {"/rss/tin-tuc.xml", "/atom/tin-tuc.xml", "/rss/tat-ca.xml"}) {
            var response = read(path);
            var feed = new SyndFeedInput().build(new StringReader(response.body()));
            assertThat(feed.getEntries())
                    .as(path)
                    .extracting(SyndEntry::getTitle)
                    .contains(RATING_TITLE);
            var rating = feed.getEntries().stream()
                    .filter(e -> e.getTitle().equals(RATING_TITLE))
                    .findFirst()
                    .orElseThrow();
            assertThat(rating.getLink()).startsWith("http").endsWith("/tin-tuc/" + RATING_SLUG);
            assertThat(rating.getPublishedDate()).isNotNull();
        }
        assertThat(read("/rss/tin-tuc.xml").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/rss+xml")
                .containsIgnoringCase("utf-8");
        assertThat(read("/atom/ban-tin.xml")
                        .headers()
                        .firstValue("Content-Type")
                        .orElseThrow())
                .startsWith("application/atom+xml");
        assertThat(web.get("/rss/khong-co.xml").statusCode()).isEqualTo(404);
        assertThat(read("/").body()).contains("rel=\"alternate\" type=\"application/rss+xml\"");
    }

    @Test
    void sitemapListsItemsAndRobotsPointsToIt() throws Exception {
        var sitemap = read("/sitemap.xml").body();
        assertThat(sitemap)
                .contains("<urlset")
                .containsPattern("<loc>http[^<]*/tin-tuc/" + RATING_SLUG + "</loc><lastmod>");
        var robots = read("/robots.txt").body();
        assertThat(robots)
                .containsPattern("Sitemap: http\\S*/sitemap.xml")
                .contains("Disallow: /quan-tri/", "Disallow: /api/");
    }

    @Test
    void articlePageHasCanonicalAndOpenGraph() throws Exception {
        var page = read("/tin-tuc/" + RATING_SLUG).body();
        assertThat(page)
                .containsPattern("<link rel=\"canonical\" href=\"http[^\"]*/tin-tuc/" + RATING_SLUG + "\"")
                .contains("<meta property=\"og:title\" content=\"" + RATING_TITLE + "\"");
    }

    @Test
    void oldSlugRedirectsPermanently() throws Exception {
        var response = web.get("/tin-tuc/" + DiscoverySeed.OLD_SLUG);
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/tin-tuc/du-lich-con-phung");
        assertThat(web.get("/tin-tuc/khong-bao-gio-co").statusCode()).isEqualTo(404);
    }

    @Test
    void anonymousConditionalGetIsNotModifiedWithoutACookie() throws Exception {
        var http = HttpClient.newHttpClient();
        for (String path : new String[] {"/tin-tuc/" + RATING_SLUG, "/tin-tuc", "/rss/tin-tuc.xml", "/"}) {
            var first = http.send(HttpRequest.newBuilder(web.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + ": no ETag"));
            var again = http.send(
                    HttpRequest.newBuilder(web.uri(path))
                            .header("If-None-Match", etag)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(first.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(again.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        var stale = http.send(
                HttpRequest.newBuilder(web.uri("/tin-tuc"))
                        .header("If-None-Match", "\"old\"")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stale.statusCode()).isEqualTo(200);
    }

    @Test
    void signedInReadersGetNoETag() throws Exception {
        web.signIn("hocvien@demo.ocop-bentre.vn", "ocop-bentre-demo");
        assertThat(web.get("/tin-tuc").headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void restApiListsReadsAndSearchesPublishedContent() throws Exception {
        var list = web.get("/api/noi-dung?loai=tin-tuc&trang=1&co=2");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(list.body()).contains("\"items\"", "\"total\"", "\"page\":1", "\"size\":2");

        var detail = web.get("/api/noi-dung/tin-tuc/" + RATING_SLUG);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains(RATING_TITLE, "\"body\"", "\"author\":\"Trần Minh Khoa\"");

        var found = web.get("/api/tim-kiem?q=" + URLEncoder.encode("BẾN TRE", StandardCharsets.UTF_8));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains(RATING_SLUG, "<mark>");

        for (String missing : new String[] {
            "/api/noi-dung/tin-tuc/khong-co",
            "/api/noi-dung/khong-co/x",
            "/api/noi-dung?loai=khong-co",
            "/api/noi-dung?trang=999"
        }) {
            var problem = web.get(missing);
            assertThat(problem.statusCode()).as(missing).isEqualTo(404);
            assertThat(problem.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
        }
    }

    @Test
    void openApiDescribesTheContentApi() throws Exception {
        assertThat(web.get("/openapi").body()).contains("/api/noi-dung", "/api/tim-kiem");
    }

    private String search(String query) throws Exception {
        return search(query, null);
    }

    private String search(String query, String type) throws Exception {
        var response = read("/tim-kiem?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (type == null ? "" : "&loai=" + type));
        return response.body();
    }

    private HttpResponse<String> read(String path) throws Exception {
        var response = web.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("%s creates no session", path)
                .isEmpty();
        return response;
    }
}

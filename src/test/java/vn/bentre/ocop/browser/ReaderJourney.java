package vn.bentre.ocop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A reader of the portal, on a desktop or a phone: home page in both languages, the news, the demo bulletin and its PDF,
 * a search typed without diacritics, and the news feed a feed reader would subscribe to. On a phone the main menu
 * is collapsed, and the reader opens it with its button before each move.
 */
final class ReaderJourney {

    static final String HOME_VI = "Chương trình Mỗi xã một sản phẩm tỉnh Bến Tre";
    static final String HOME_EN = "One Commune One Product programme of Bến Tre";
    /**
     * The demo bulletin issue (its title goes on with the month), which has a PDF; other tests publish issues
     * without one, so the reader looks for this one rather than the newest.
     */
    static final String BULLETIN = "Bản tin OCOP Bến Tre số 1";
    /** A demo article (content.control.DemoPublications), found by words typed without their diacritics. */
    static final String RATED = "Hội đồng cấp tỉnh đánh giá, phân hạng 18 sản phẩm OCOP khu vực Bến Tre";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final Browser reader;
    private boolean menuShown;

    ReaderJourney(Browser reader) {
        this.reader = reader;
    }

    void run() throws Exception {
        readsTheHomePageInBothLanguages();
        String article = readsTheNewestArticle();
        opensTheBulletinPdf();
        searchesWithoutDiacritics();
        subscribesToTheNewsFeed(article);
    }

    private void readsTheHomePageInBothLanguages() {
        reader.open("/").expectHeading(HOME_VI).step("trang chu");
        assertThat(reader.language()).isEqualTo("vi");

        reader.clickLink("English").expectHeading(HOME_EN).step("home in english");
        assertThat(reader.language()).isEqualTo("en");

        reader.clickLink("Tiếng Việt").expectHeading(HOME_VI);
        assertThat(reader.language()).isEqualTo("vi");
    }

    private String readsTheNewestArticle() {
        goTo("Tin tức");
        reader.expectHeading("Tin tức").step("tin tuc");
        var titles = reader.linksIn("main .item-list");
        assertThat(titles).as("articles listed on the news page").isNotEmpty();

        String newest = titles.get(0);
        reader.clickLink(newest).expectHeading(newest).step("bai viet");
        return newest;
    }

    private void opensTheBulletinPdf() throws Exception {
        goTo("Bản tin");
        reader.expectHeading("Bản tin OCOP").step("ban tin");
        reader.clickLink(BULLETIN).expectText("Tệp đính kèm").step("so ban tin");
        assertThat(reader.heading()).startsWith(BULLETIN);

        var pdfName = reader.linksIn("Tệp đính kèm").stream()
                .filter(name -> name.endsWith(".pdf"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The bulletin offers no PDF"));
        var pdf = HTTP.send(
                HttpRequest.newBuilder(reader.hrefOf(pdfName)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private void searchesWithoutDiacritics() {
        goTo("Tìm kiếm");
        reader.expectHeading("Tìm kiếm").type("Từ khóa", "phan hang san pham").clickButton("Tìm");
        reader.expectText("kết quả").step("tim kiem khong dau");

        reader.clickLink(RATED).expectHeading(RATED).step("ket qua tim kiem");
    }

    private void subscribesToTheNewsFeed(String article) throws Exception {
        goTo("Tin tức");
        reader.expectHeading("Tin tức");
        URI feed = reader.hrefOf("RSS");
        assertThat(reader.advertisedFeeds("application/rss+xml"))
                .as("the feed is advertised to feed readers too")
                .contains(feed);
        reader.step("lien ket rss");

        // What a feed reader does with the address: fetch it, read it as RSS, and list the newest article.
        var response = HTTP.send(HttpRequest.newBuilder(feed).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/rss+xml");
        var entries =
                new SyndFeedInput().build(new StringReader(response.body())).getEntries();
        assertThat(entries).extracting(SyndEntry::getTitle).contains(article);
    }

    /** Moves to a section through the main menu; on a phone the menu is collapsed until its button opens it. */
    private void goTo(String section) {
        if (reader.screen() == Browser.Screen.PHONE) {
            assertThat(reader.seesLinkIn("Điều hướng chính", section))
                    .as("the collapsed menu hides “%s”", section)
                    .isFalse();
            reader.clickButton("Danh mục").expectText("Đóng danh mục");
            if (!menuShown) {
                reader.step("danh muc mo ra");
                menuShown = true;
            }
        }
        reader.clickLinkIn("Điều hướng chính", section);
    }
}

package vn.bentre.ocop.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bentre.ocop.support.Deployments;
import vn.bentre.ocop.support.SampleFiles;
import vn.bentre.ocop.support.WebClient;

/**
 * Uploads and the public pages of series, materials and documents, over HTTP on a real Payara Micro: what is
 * accepted and how it is served, what is refused and with which message, who may fetch a draft's file, and what
 * readers see of the demo items, all without a session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaIT {

    static final String PASSWORD = "ocop-bentre-demo";
    static final String EDITOR = "bientap@demo.ocop-bentre.vn";
    static final String TRAINER = "giangvien@demo.ocop-bentre.vn";
    static final String ADMIN = "quantri@demo.ocop-bentre.vn";
    static final String SERIES = "/chuyen-de/chuyen-doi-so-cho-chu-the-ocop";
    static final String CRITERIA_SLUG = "quyet-dinh-ban-hanh-bo-tieu-chi-danh-gia-phan-hang-san-pham-chuong-trinh-ocop";
    static final String TRACEABILITY_SLUG = "so-tay-truy-xuat-nguon-goc-va-tem-qr-cho-san-pham-ocop";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(MediaProbe.class, SampleFiles.class);
    }

    @ArquillianResource
    URL base;

    WebClient reader;
    WebClient editor;

    @BeforeEach
    void browsers() throws Exception {
        reader = new WebClient(base.toURI());
        editor = new WebClient(base.toURI());
        assertThat(editor.signIn(EDITOR, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void realPdfIsServedWithItsTypeNameAndCacheHeaders() throws Exception {
        long document = itemId("DOCUMENT", CRITERIA_SLUG);
        byte[] pdf = SampleFiles.pdf();

        var upload = upload(document, "Phụ lục Bộ tiêu chí.pdf", pdf);

        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        assertThat(upload.body()).matches("/tep/[0-9a-f]{32}/phu-luc-bo-tieu-chi\\.pdf");
        var served = reader.getBytes(upload.body());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(pdf);
        var headers = served.headers();
        assertThat(headers.firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(headers.firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"phu-luc-bo-tieu-chi.pdf\";"
                        + " filename*=UTF-8''Ph%E1%BB%A5%20l%E1%BB%A5c%20B%E1%BB%99%20ti%C3%AAu%20ch%C3%AD.pdf");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(headers.firstValue("ETag")).isPresent();
        assertThat(headers.allValues("Set-Cookie")).isEmpty();

        var page = read("/van-ban/" + CRITERIA_SLUG);
        assertThat(page.body()).contains("Phụ lục Bộ tiêu chí.pdf", "Loại tệp: PDF");
        assertThat(page.body())
                .as("shared links get a title and a canonical address, as news do")
                .contains("property=\"og:title\"", "rel=\"canonical\"", "/van-ban/" + CRITERIA_SLUG + "\"");
        assertThat(read(SERIES).body()).contains("property=\"og:title\"");
    }

    @Test
    void htmlRenamedPdfIsRefusedSayingWhatItIs() throws Exception {
        var refused = upload(itemId("DOCUMENT", CRITERIA_SLUG), "quyet-dinh.pdf", SampleFiles.html());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .isEqualTo("Nội dung tệp không khớp với đuôi tên: tệp mang đuôi PDF nhưng thực chất là text/html."
                        + " Hãy tải lên đúng tệp gốc.");
    }

    @Test
    void fileOverTwentyMegabytesIsRefused() throws Exception {
        byte[] big = Arrays.copyOf(SampleFiles.pdf(), 20 * 1024 * 1024 + 1);

        var refused = upload(itemId("DOCUMENT", CRITERIA_SLUG), "lon.pdf", big);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).isEqualTo("Tệp quá lớn: mỗi tệp tối đa 20 MB.");
    }

    @Test
    void coverImageIsShownAsAReducedCopyWithItsAltText() throws Exception {
        long material = itemId("MATERIAL", TRACEABILITY_SLUG);

        var upload = editor.postBytes(
                "/test/media-probe?action=upload&item=" + material + "&name=" + enc("Ảnh lô hàng.jpg") + "&alt="
                        + enc("Tem QR dán trên hộp kẹo dừa"),
                SampleFiles.image("jpg", 3000, 2000));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);

        var page = read("/tai-lieu/" + TRACEABILITY_SLUG).body();
        var img = Pattern.compile("<img src=\"[^\"]*(/tep/[0-9a-f]{32}/[^\"]+)\" alt=\"Tem QR dán trên hộp kẹo dừa\"")
                .matcher(page);
        assertThat(img.find()).as("the cover with its alt text").isTrue();
        assertThat(img.group(1)).as("the reduced copy, not the original").isNotEqualTo(upload.body());
        var copy = reader.getBytes(img.group(1));
        assertThat(copy.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        var decoded = ImageIO.read(new ByteArrayInputStream(copy.body()));
        assertThat(Math.max(decoded.getWidth(), decoded.getHeight())).isEqualTo(1600);
        assertThat(decoded.getHeight()).isEqualTo(1067);
    }

    @Test
    void draftFileIsNotFoundForReadersButEditorsMayCheckIt() throws Exception {
        var draft = editor.postBytes("/test/media-probe?action=draft", new byte[0]);
        assertThat(draft.statusCode()).isEqualTo(200);
        var upload = upload(Long.parseLong(draft.body()), "Bản nháp.pdf", SampleFiles.pdf());
        assertThat(upload.statusCode()).isEqualTo(200);

        var anonymous = reader.getBytes(upload.body());
        assertThat(anonymous.statusCode()).isEqualTo(404);
        assertThat(anonymous.headers().allValues("Set-Cookie")).isEmpty();

        var staff = editor.getBytes(upload.body());
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.headers().firstValue("Cache-Control")).hasValue("private, no-store");
    }

    @Test
    void trainerGetsOnlyTheDraftFilesOfTheirOwnMaterials() throws Exception {
        var trainer = new WebClient(base.toURI());
        assertThat(trainer.signIn(TRAINER, PASSWORD).statusCode()).isEqualTo(200);
        var admin = new WebClient(base.toURI());
        assertThat(admin.signIn(ADMIN, PASSWORD).statusCode()).isEqualTo(200);

        String newsFile = draftFile("NEWS", EDITOR);
        String ownMaterialFile = draftFile("MATERIAL", TRAINER);
        String othersMaterialFile = draftFile("MATERIAL", ADMIN);

        assertThat(trainer.getBytes(newsFile).statusCode())
                .as("a trainer never sees the files of an editor's draft news item")
                .isEqualTo(404);
        assertThat(trainer.getBytes(othersMaterialFile).statusCode())
                .as("nor of someone else's draft material")
                .isEqualTo(404);
        var own = trainer.getBytes(ownMaterialFile);
        assertThat(own.statusCode()).as("but of their own draft material").isEqualTo(200);
        assertThat(own.headers().firstValue("Cache-Control")).hasValue("private, no-store");

        assertThat(editor.getBytes(newsFile).statusCode()).isEqualTo(200);
        assertThat(editor.getBytes(ownMaterialFile).statusCode()).isEqualTo(200);
        assertThat(admin.getBytes(newsFile).statusCode()).isEqualTo(200);
        assertThat(admin.getBytes(othersMaterialFile).statusCode()).isEqualTo(200);
    }

    /** Uploads a PDF to a new draft of {@code type} written by {@code author}; returns the file's address. */
    private String draftFile(String type, String author) throws Exception {
        var draft =
                editor.postBytes("/test/media-probe?action=draft&type=" + type + "&author=" + enc(author), new byte[0]);
        assertThat(draft.statusCode()).isEqualTo(200);
        var upload = upload(Long.parseLong(draft.body()), "Bản nháp " + type + ".pdf", SampleFiles.pdf());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        return upload.body();
    }

    @Test
    void seriesPageListsItsArticlesInOrder() throws Exception {
        var page = read(SERIES).body();

        assertThat(page).contains("<h1>Chuyển đổi số cho chủ thể OCOP</h1>", "Các bài trong chuyên đề");
        int first = page.indexOf("Chuyển đổi số và tem truy xuất nguồn gốc giúp sản phẩm OCOP");
        int second = page.indexOf("Tập huấn quản trị và xây dựng kế hoạch kinh doanh cho hợp tác xã");
        int third = page.indexOf("Sản phẩm OCOP khu vực Bến Tre góp mặt tại hội chợ");
        assertThat(first).isPositive().isLessThan(second);
        assertThat(second).isLessThan(third);
        assertThat(page)
                .contains("href=\"https://www.facebook.com/sharer/sharer.php?u=")
                .contains("aria-label=\"Đường dẫn\"")
                .doesNotContain("connect.facebook.net", "sp.zalo.me/plugins");
    }

    @Test
    void materialsListShowsBothMaterialsAndFiltersByTopic() throws Exception {
        assertThat(read("/tai-lieu").body())
                .contains("Hướng dẫn lập kế hoạch kinh doanh cho sản phẩm OCOP", "Sổ tay truy xuất nguồn gốc");
        assertThat(read("/tai-lieu?chu-de=marketing").body())
                .contains("Hướng dẫn lập kế hoạch kinh doanh cho sản phẩm OCOP")
                .doesNotContain("Sổ tay truy xuất nguồn gốc");
        assertThat(read("/tai-lieu/huong-dan-lap-ke-hoach-kinh-doanh-cho-san-pham-ocop")
                        .body())
                .contains("Chủ đề:", "Quản trị", "Marketing", "Mẫu kế hoạch kinh doanh OCOP.pdf");
    }

    @Test
    void documentPageShowsTheDecree42Particulars() throws Exception {
        var page = read("/van-ban/" + CRITERIA_SLUG).body().replaceAll("\\s+", " ");

        assertThat(page)
                .contains("<dt>Số, ký hiệu</dt> <dd>148/QĐ-TTg</dd>")
                .contains("<dt>Cơ quan ban hành</dt> <dd>Thủ tướng Chính phủ</dd>")
                .contains("<dt>Ngày ban hành</dt> <dd><time datetime=\"2023-02-24\">24/02/2023</time></dd>")
                .contains("<dt>Ngày hiệu lực</dt>", "<dt>Trích yếu</dt>");
    }

    @Test
    void yearAndCategoryFiltersNarrowTheLists() throws Exception {
        assertThat(read("/van-ban").body()).contains("Kế hoạch thực hiện Chương trình OCOP khu vực Bến Tre năm");
        assertThat(read("/van-ban?nam=2023").body())
                .contains("Quyết định ban hành Bộ tiêu chí đánh giá")
                .doesNotContain("Kế hoạch thực hiện Chương trình OCOP khu vực Bến Tre năm");

        var trade = read("/tin-tuc?danh-muc=xuc-tien-thuong-mai").body();
        assertThat(trade)
                .contains("góp mặt tại hội chợ xúc tiến thương mại")
                .doesNotContain("Hội đồng cấp tỉnh đánh giá, phân hạng 18 sản phẩm");
        assertThat(read("/tin-tuc?the=dua").body())
                .contains("Hội đồng cấp tỉnh đánh giá, phân hạng 18 sản phẩm")
                .doesNotContain("Nhìn lại kế hoạch OCOP 2021-2025");
        assertThat(reader.get("/tin-tuc?nam=hai-nghin").statusCode()).isEqualTo(404);
    }

    @Test
    void navigationLeadsToEverySection() throws Exception {
        assertThat(read("/").body())
                .contains("href=\"" + base.getPath() + "chuyen-de\"")
                .contains("href=\"" + base.getPath() + "tai-lieu\"")
                .contains("href=\"" + base.getPath() + "van-ban\"")
                .contains("href=\"" + base.getPath() + "ban-tin\"");
    }

    private HttpResponse<String> upload(long item, String name, byte[] bytes) throws Exception {
        return editor.postBytes("/test/media-probe?action=upload&item=" + item + "&name=" + enc(name), bytes);
    }

    private long itemId(String type, String slug) throws Exception {
        var found = editor.get("/test/media-probe?type=" + type + "&slug=" + slug);
        assertThat(found.statusCode()).isEqualTo(200);
        return Long.parseLong(found.body());
    }

    /** A public page: it must exist and, read anonymously, must not open an HTTP session. */
    private HttpResponse<String> read(String path) throws Exception {
        var response = reader.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("anonymous reading of %s creates no session", path)
                .isEmpty();
        return response;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

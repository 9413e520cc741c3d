package vn.bentre.ocop.content.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.identity.control.DemoAccounts;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.platform.control.InstallationFacts;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * Five news articles and one bulletin issue about the programme, written by the demo editor and dated in the
 * days before the installation, so the home page and the news list look like a portal in use. The bodies live in
 * {@code demo/content/*.html} and pass through the sanitizer like anything an editor saves.
 */
@Stateless
public class DemoPublications {

    public static final String FACT = "demo.publications";

    private static final Logger LOG = Logger.getLogger(DemoPublications.class.getName());

    record Article(String title, String summary, int daysAgo, String body) {}

    static final List<Article> NEWS = List.of(
            new Article(
                    "Hội đồng cấp tỉnh đánh giá, phân hạng 18 sản phẩm OCOP khu vực Bến Tre",
                    "11 sản phẩm đạt 3 sao, 6 sản phẩm đạt 4 sao; nhiều sản phẩm từ dừa, chanh muối, bánh phồng và"
                            + " trái cây Chợ Lách được nâng hạng nhờ đầu tư bao bì, kiểm nghiệm và kênh phân phối.",
                    2,
                    "tin-tuc-1.html"),
            new Article(
                    "Nhìn lại kế hoạch OCOP 2021-2025: mục tiêu 200 sản phẩm từ 3 sao trở lên",
                    "Những mục tiêu của kế hoạch giai đoạn 2021-2025 và việc các chủ thể cần làm để giữ hạng, nâng hạng"
                            + " sản phẩm trong giai đoạn mới.",
                    6,
                    "tin-tuc-2.html"),
            new Article(
                    "Tập huấn quản trị và xây dựng kế hoạch kinh doanh cho hợp tác xã tham gia OCOP",
                    "Hơn 40 cán bộ quản lý hợp tác xã, tổ hợp tác được trang bị kiến thức quản trị, kế toán, giá thành"
                            + " và lập kế hoạch kinh doanh cho sản phẩm OCOP.",
                    11,
                    "tin-tuc-3.html"),
            new Article(
                    "Sản phẩm OCOP khu vực Bến Tre góp mặt tại hội chợ xúc tiến thương mại ở Thành phố Hồ Chí Minh",
                    "Gian hàng chung của 12 chủ thể giới thiệu hơn 60 sản phẩm từ dừa, chanh muối, bánh phồng, trái cây"
                            + " sấy và kết nối với nhà phân phối, doanh nghiệp xuất khẩu.",
                    17,
                    "tin-tuc-4.html"),
            new Article(
                    "Chuyển đổi số và tem truy xuất nguồn gốc giúp sản phẩm OCOP lên sàn thương mại điện tử",
                    "Tem QR theo từng lô hàng, gian hàng trực tuyến và các khóa tập huấn thực hành giúp hợp tác xã, hộ"
                            + " kinh doanh bán hàng trên môi trường số.",
                    24,
                    "tin-tuc-5.html"));

    /** English versions of the two newest articles, so English readers see the translation mechanism work. */
    record English(int index, String title, String summary, String body) {}

    static final List<English> TRANSLATED = List.of(
            new English(
                    0,
                    "Provincial council rates 18 OCOP products of the Bến Tre area",
                    "Eleven products were rated 3 stars and six 4 stars; coconut products, salted lemons, puffed rice"
                            + " cakes and Chợ Lách fruit moved up thanks to packaging, testing and distribution.",
                    "en/tin-tuc-1.html"),
            new English(
                    1,
                    "Looking back at the 2021-2025 OCOP plan: 200 products rated 3 stars or more",
                    "The targets of the 2021-2025 plan, and what OCOP entities need to do to keep or raise their"
                            + " products' ratings in the next period.",
                    "en/tin-tuc-2.html"));

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    InstallationFacts facts;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadIntoEmptyDatabase() {
        if (!facts.firstLoad(
                FACT, em.createNamedQuery(ContentItem.COUNT, Long.class).getSingleResult())) {
            return;
        }
        var editor = DemoAccounts.find(em, DemoAccounts.EDITOR);
        if (editor.isEmpty()) {
            LOG.info("Demo publications not loaded: the demo editor account does not exist");
            return;
        }
        facts.claim(FACT, NEWS.size() + " news (" + TRANSLATED.size() + " in English too), 1 bulletin");
        var now = clock.now();
        var published = new ArrayList<ContentItem>();
        for (var article : NEWS) {
            var news = publish(
                    ContentType.NEWS,
                    article.title(),
                    article.summary(),
                    article.body(),
                    editor.get(),
                    morningOf(now, article.daysAgo()),
                    now);
            published.add(news);
        }
        var lastMonth = now.minusMonths(1);
        String month = lastMonth.getMonthValue() + "/" + lastMonth.getYear();
        var bulletin = publish(
                ContentType.BULLETIN,
                "Bản tin OCOP Bến Tre số 1 - tháng " + month,
                "Điểm lại kết quả đánh giá, phân hạng sản phẩm, hội chợ xúc tiến thương mại, lớp tập huấn cho hợp"
                        + " tác xã và lịch các khóa học sắp tới.",
                "ban-tin-1.html",
                editor.get(),
                morningOf(now, 1),
                now);
        bulletin.numberAsBulletinIssue(1, "Tháng " + month);
        // The translations name their originals by id only: the originals must reach the database first.
        em.flush();
        for (var english : TRANSLATED) {
            translate(published.get(english.index()), english, editor.get(), now);
        }
        loadWorkInProgress(editor.get(), now);
        LOG.info("Demo publications loaded: five news articles, one bulletin issue and the editorial work in progress");
    }

    /**
     * A draft, an item waiting for review and a trainer's published material, so the editorial screens and the
     * review queue show work in progress. The administrator submitted the item in review, so the demo editor may
     * approve it (nobody approves their own submission).
     */
    private void loadWorkInProgress(Account editor, LocalDateTime now) {
        var draft = draft(
                ContentType.NEWS,
                "Khởi động chu kỳ đánh giá, phân hạng sản phẩm OCOP năm 2027",
                "Các chủ thể chuẩn bị hồ sơ, phiếu tự đánh giá và kết quả kiểm nghiệm trước ngày 31/3/2027.",
                "<p>Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh sẽ nhận hồ sơ từ tháng 1/2027.</p>"
                        + "<p>Biên tập viên đang bổ sung danh mục hồ sơ cần nộp.</p>",
                editor,
                now.minusHours(3));
        em.persist(draft);
        var admin = account(DemoAccounts.ADMIN);
        if (admin != null) {
            var inReview = draft(
                    ContentType.NEWS,
                    "Hướng dẫn ghi nhãn hàng hóa cho sản phẩm OCOP theo Nghị định 111/2021/NĐ-CP",
                    "Những nội dung bắt buộc trên nhãn, cách ghi hạn sử dụng và xuất xứ cho sản phẩm thực phẩm.",
                    "<h2>Nội dung bắt buộc</h2><ul><li>Tên hàng hóa</li><li>Tên và địa chỉ tổ chức chịu trách"
                            + " nhiệm</li><li>Xuất xứ hàng hóa</li><li>Định lượng, ngày sản xuất, hạn sử dụng</li></ul>",
                    admin,
                    now.minusHours(5));
            em.persist(inReview);
            inReview.submit(admin, now.minusHours(2));
        }
        var trainer = account(DemoAccounts.TRAINER);
        if (trainer != null) {
            var material = draft(
                    ContentType.MATERIAL,
                    "Tài liệu: Xây dựng kế hoạch kinh doanh cho sản phẩm OCOP",
                    "Tài liệu tập huấn dành cho cán bộ quản lý hợp tác xã: phân tích thị trường, giá thành, kênh"
                            + " phân phối và kế hoạch tài chính.",
                    "<h2>1. Phân tích thị trường</h2><p>Xác định khách hàng mục tiêu, đối thủ và lợi thế của sản"
                            + " phẩm.</p><h2>2. Giá thành và giá bán</h2><p>Tính đủ chi phí nguyên liệu, nhân công,"
                            + " bao bì, kiểm nghiệm.</p><h2>3. Kênh phân phối</h2><ul><li>Cửa hàng OCOP, siêu"
                            + " thị</li><li>Sàn thương mại điện tử</li></ul>",
                    trainer,
                    now.minusDays(4));
            em.persist(material);
            material.approve(trainer, null, morningOf(now, 3));
        }
    }

    private ContentItem draft(
            ContentType type, String title, String summary, String body, Account author, LocalDateTime at) {
        return new ContentItem(type, title, Slugs.of(title), summary, HtmlSanitizer.sanitize(body), "vi", author, at);
    }

    private Account account(String email) {
        return DemoAccounts.find(em, email).orElse(null);
    }

    private ContentItem publish(
            ContentType type,
            String title,
            String summary,
            String bodyResource,
            Account author,
            LocalDateTime at,
            LocalDateTime now) {
        var item = new ContentItem(
                type, title, Slugs.of(title), summary, HtmlSanitizer.sanitize(read(bodyResource)), "vi", author, at);
        item.publish(at, now);
        em.persist(item);
        return item;
    }

    private void translate(ContentItem original, English english, Account author, LocalDateTime now) {
        String slug = Slugs.of(english.title());
        var item = ContentItem.translationOf(original, "en", slug, author, original.getPublishedAt());
        item.revise(
                english.title(),
                slug,
                english.summary(),
                HtmlSanitizer.sanitize(read(english.body())),
                "en",
                null,
                author,
                original.getPublishedAt());
        item.publish(original.getPublishedAt(), now);
        em.persist(item);
    }

    /** Half past eight, {@code days} ago: office hours, whatever time the installation starts. */
    private static LocalDateTime morningOf(LocalDateTime now, int days) {
        return now.toLocalDate().minusDays(days).atTime(LocalTime.of(8, 30));
    }

    private static String read(String name) {
        try (InputStream in = DemoPublications.class.getResourceAsStream("/demo/content/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo body " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.bentre.ocop.content.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import vn.bentre.ocop.content.entity.Category;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.content.entity.FileRole;
import vn.bentre.ocop.content.entity.ItemCategory;
import vn.bentre.ocop.content.entity.ItemTag;
import vn.bentre.ocop.content.entity.ItemTopic;
import vn.bentre.ocop.content.entity.MaterialTopic;
import vn.bentre.ocop.content.entity.OfficialDocument;
import vn.bentre.ocop.content.entity.SeriesEntry;
import vn.bentre.ocop.content.entity.Tag;
import vn.bentre.ocop.identity.control.DemoAccounts;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.platform.control.InstallationFacts;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * So that every content type shows on a fresh portal: a thematic series over three of the demo news articles
 * (with a cover picture), two training materials (one with a PDF), two official documents with their Decree 42
 * particulars and a PDF each, the bulletin's PDF, and categories and tags on the news. Runs after
 * {@link DemoPublications}, whose articles it groups; the PDFs and the picture are generated here.
 */
@Stateless
public class DemoMedia {

    public static final String FACT = "demo.media";

    static final String SERIES_TITLE = "Chuyển đổi số cho chủ thể OCOP";

    private static final Logger LOG = Logger.getLogger(DemoMedia.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    InstallationFacts facts;

    @Inject
    MediaStore store;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadOnce() {
        if (facts.isRecorded(FACT)) {
            return;
        }
        var news = em.createQuery(
                        // Published news only: drafts have no publishing time, and databases disagree on where
                        // NULLs sort (PostgreSQL first, H2 last), which would file different articles.
                        "select c from ContentItem c where c.type = :type and c.publishedAt is not null"
                                + " and c.language = 'vi'"
                                + " order by c.publishedAt desc, c.id desc",
                        ContentItem.class)
                .setParameter("type", ContentType.NEWS)
                .getResultList();
        var editor = DemoAccounts.find(em, DemoAccounts.EDITOR);
        var trainer = DemoAccounts.find(em, DemoAccounts.TRAINER);
        if (news.size() < 5 || editor.isEmpty() || trainer.isEmpty()) {
            LOG.info("Demo media not loaded: the demo news or accounts are missing");
            return;
        }
        facts.claim(FACT, "1 series, 2 materials, 2 documents, files");
        var now = clock.now();
        Account by = editor.get();

        // The news, newest first: rating council, OCOP plan, co-op training, trade fair, digital traceability.
        categorise(news.get(0), "san-pham-ocop");
        categorise(news.get(1), "chinh-sach", "san-pham-ocop");
        categorise(news.get(2), "tap-huan");
        categorise(news.get(3), "xuc-tien-thuong-mai");
        categorise(news.get(4), "chuyen-doi-so");
        tag(news.get(0), "phân hạng", "dừa");
        tag(news.get(3), "hội chợ", "dừa");
        tag(news.get(4), "tem QR", "thương mại điện tử");

        var series = publish(
                ContentType.SERIES,
                SERIES_TITLE,
                "Ba bài viết về tem truy xuất nguồn gốc, quản trị và kênh bán hàng: những bước đầu tiên để hợp tác"
                        + " xã, hộ kinh doanh đưa sản phẩm OCOP lên môi trường số.",
                "<p>Chuyên đề tập hợp các bài viết giúp chủ thể OCOP bắt đầu chuyển đổi số: ghi chép sản xuất, tem"
                        + " truy xuất nguồn gốc theo lô, gian hàng trực tuyến và quản trị bằng số liệu.</p>"
                        + "<p>Đọc lần lượt các bài theo thứ tự dưới đây.</p>",
                by,
                now.minusDays(3),
                now);
        em.persist(new SeriesEntry(series.getId(), news.get(4).getId(), 1));
        em.persist(new SeriesEntry(series.getId(), news.get(2).getId(), 2));
        em.persist(new SeriesEntry(series.getId(), news.get(3).getId(), 3));
        categorise(series, "chuyen-doi-so");
        store.store(
                series,
                FileRole.COVER,
                "chuyen-doi-so-ocop.png",
                coverPicture(),
                "Biểu tượng mã QR trên nền xanh lá: chuyển đổi số cho sản phẩm OCOP",
                by.getId());

        var plan = publish(
                ContentType.MATERIAL,
                "Hướng dẫn lập kế hoạch kinh doanh cho sản phẩm OCOP",
                "Các bước lập kế hoạch kinh doanh: phân tích thị trường, định giá, kênh phân phối và kế hoạch tài"
                        + " chính cho hợp tác xã, hộ kinh doanh.",
                "<p>Tài liệu dùng trong lớp tập huấn quản trị hợp tác xã. Người học điền lần lượt các mẫu biểu trong"
                        + " tệp đính kèm.</p><ol><li>Phân tích thị trường và khách hàng mục tiêu</li>"
                        + "<li>Giá thành và giá bán</li><li>Kênh phân phối</li><li>Kế hoạch tài chính</li></ol>",
                trainer.get(),
                now.minusDays(8),
                now);
        em.persist(new ItemTopic(plan.getId(), MaterialTopic.GOVERNANCE));
        em.persist(new ItemTopic(plan.getId(), MaterialTopic.MARKETING));
        categorise(plan, "tap-huan");
        store.store(
                plan,
                FileRole.ATTACHMENT,
                "Mẫu kế hoạch kinh doanh OCOP.pdf",
                SimplePdf.of(List.of(
                        "Mẫu kế hoạch kinh doanh cho sản phẩm OCOP",
                        "1. Thị trường và khách hàng mục tiêu",
                        "2. Giá thành và giá bán",
                        "3. Kênh phân phối",
                        "4. Kế hoạch tài chính")),
                null,
                trainer.get().getId());

        var traceability = publish(
                ContentType.MATERIAL,
                "Sổ tay truy xuất nguồn gốc và tem QR cho sản phẩm OCOP",
                "Ghi chép nhật ký sản xuất, đánh mã lô hàng và in tem QR để người mua tra cứu nguồn gốc sản phẩm.",
                "<p>Mỗi lô hàng có một mã; tem QR dẫn tới trang thông tin lô hàng: vùng nguyên liệu, ngày sản xuất,"
                        + " kết quả kiểm nghiệm.</p><p>Sổ tay hướng dẫn ghi nhật ký và cập nhật thông tin trên hệ"
                        + " thống truy xuất của tỉnh.</p>",
                trainer.get(),
                now.minusDays(15),
                now);
        em.persist(new ItemTopic(traceability.getId(), MaterialTopic.TRACEABILITY));
        em.persist(new ItemTopic(traceability.getId(), MaterialTopic.DIGITAL));
        categorise(traceability, "tap-huan", "chuyen-doi-so");

        // The summaries of both documents are demo text written for this portal, not the official abstracts.
        var criteria = publish(
                ContentType.DOCUMENT,
                "Quyết định ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình OCOP",
                "Ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm thuộc Chương trình Mỗi xã một sản"
                        + " phẩm (dữ liệu mẫu).",
                "<p>Bộ tiêu chí gồm ba phần: sản phẩm và sức mạnh cộng đồng; khả năng tiếp thị; chất lượng sản phẩm."
                        + " Sản phẩm được chấm theo thang 100 điểm và xếp từ 1 đến 5 sao.</p>",
                by,
                LocalDateTime.of(2023, 2, 24, 8, 30),
                now);
        describe(criteria, "Thủ tướng Chính phủ", "148/QĐ-TTg", LocalDate.of(2023, 2, 24), LocalDate.of(2023, 2, 24));
        categorise(criteria, "chinh-sach");
        store.store(
                criteria,
                FileRole.ATTACHMENT,
                "Quyết định 148-QĐ-TTg.pdf",
                SimplePdf.of(List.of(
                        "Quyết định số 148/QĐ-TTg ngày 24/02/2023",
                        "Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP",
                        "(Tệp mẫu của cổng thông tin; xem bản chính thức tại Cổng thông tin điện tử Chính phủ)")),
                null,
                by.getId());

        int year = now.getYear();
        var provincial = publish(
                ContentType.DOCUMENT,
                "Kế hoạch thực hiện Chương trình OCOP khu vực Bến Tre năm " + year,
                "Mục tiêu, nhiệm vụ và phân công thực hiện Chương trình OCOP trong năm (dữ liệu mẫu).",
                "<p>Kế hoạch đặt mục tiêu đánh giá, phân hạng sản phẩm mới, nâng hạng sản phẩm đã đạt sao, tổ chức"
                        + " các lớp tập huấn và hội chợ xúc tiến thương mại.</p>",
                by,
                now.minusDays(20),
                now);
        var issued = now.toLocalDate().minusDays(21);
        describe(provincial, "Ủy ban nhân dân tỉnh Vĩnh Long", "45/KH-UBND", issued, issued);
        categorise(provincial, "chinh-sach", "san-pham-ocop");
        store.store(
                provincial,
                FileRole.ATTACHMENT,
                "Kế hoạch OCOP " + year + ".pdf",
                SimplePdf.of(List.of("Kế hoạch thực hiện Chương trình OCOP năm " + year, "(Dữ liệu mẫu)")),
                null,
                by.getId());

        em.createQuery("select c from ContentItem c where c.type = :type", ContentItem.class)
                .setParameter("type", ContentType.BULLETIN)
                .getResultStream()
                .findFirst()
                .ifPresent(bulletin -> store.store(
                        bulletin,
                        FileRole.ATTACHMENT,
                        "Bản tin OCOP số 1.pdf",
                        SimplePdf.of(List.of("Bản tin OCOP Bến Tre số 1", bulletin.getPeriodLabel())),
                        null,
                        by.getId()));
        LOG.info("Demo media loaded: a series, two materials, two documents and their files");
    }

    private ContentItem publish(
            ContentType type,
            String title,
            String summary,
            String body,
            Account author,
            LocalDateTime at,
            LocalDateTime now) {
        var item =
                new ContentItem(type, title, Slugs.of(title), summary, HtmlSanitizer.sanitize(body), "vi", author, at);
        item.publish(at.toLocalDate().atTime(LocalTime.of(8, 30)), now);
        em.persist(item);
        em.flush();
        return item;
    }

    private void describe(ContentItem item, String body, String number, LocalDate issued, LocalDate effective) {
        var document = new OfficialDocument(item.getId(), body, number, issued);
        document.takesEffectOn(effective);
        em.persist(document);
    }

    private void categorise(ContentItem item, String... slugs) {
        for (String slug : slugs) {
            var category = em.createNamedQuery(Category.BY_SLUG, Category.class)
                    .setParameter("slug", slug)
                    .getSingleResult();
            em.persist(new ItemCategory(item.getId(), category.getId()));
        }
    }

    private void tag(ContentItem item, String... words) {
        for (String word : words) {
            String slug = Slugs.of(word);
            var tag = em.createNamedQuery(Tag.BY_SLUG, Tag.class)
                    .setParameter("slug", slug)
                    .getResultStream()
                    .findFirst()
                    .orElseGet(() -> {
                        var created = new Tag(slug, word);
                        em.persist(created);
                        // The link row names the tag by id only, so the tag must reach the database first.
                        em.flush();
                        return created;
                    });
            em.persist(new ItemTag(item.getId(), tag.getId()));
        }
    }

    /** A 1200 x 630 picture (the size link previews use): a stylised QR code on the programme's green. */
    static byte[] coverPicture() {
        var image = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1b5e20));
        g.fillRect(0, 0, 1200, 630);
        g.setColor(new Color(0xf9a825));
        g.setStroke(new BasicStroke(12));
        g.drawRoundRect(420, 135, 360, 360, 30, 30);
        g.setColor(Color.WHITE);
        for (int row = 0; row < 9; row++) {
            for (int col = 0; col < 9; col++) {
                if ((row * 7 + col * 3 + row * col) % 3 != 0) {
                    g.fillRect(450 + col * 33, 165 + row * 33, 28, 28);
                }
            }
        }
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

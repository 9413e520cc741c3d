package vn.bentre.ocop.products.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.logging.Logger;
import vn.bentre.ocop.directory.entity.Organisation;
import vn.bentre.ocop.platform.control.InstallationFacts;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.products.entity.Product;
import vn.bentre.ocop.products.entity.ProductCategory;
import vn.bentre.ocop.products.entity.TradeEvent;
import vn.bentre.ocop.products.entity.TradeParticipation;

/**
 * Bến Tre OCOP products of the demo organisations, with rating histories (a few upgrades, one certificate that
 * expired and one that expires within the month) and trade-promotion events, so that the directory and the
 * programme page show real figures. Certificate dates are counted back from the day of loading, so the figures stay
 * the same whenever the demo is loaded. Certificate numbers are made up.
 */
@Stateless
public class DemoProducts {

    public static final String FACT = "demo.products";

    /** The demo's figures, as the programme page must show them on the day of loading (checked by the tests). */
    public static final int RATED = 14;

    public static final int FIVE_STAR = 2;
    public static final int EVER_RATED = 15;
    public static final int UPGRADED = 4;
    public static final int ENTITIES = 10;
    public static final int COOPERATIVE_ENTITIES = 4;
    public static final int CRAFT_VILLAGE_ENTITIES = 3;
    public static final int PARTICIPATIONS_THIS_YEAR = 7;

    private static final Logger LOG = Logger.getLogger(DemoProducts.class.getName());

    /** name, owner, category, description, then (months ago, stars) pairs, oldest first. */
    private record Seed(String name, String owner, ProductCategory category, String description, int... history) {}

    private static final String MY_LONG = "Hợp tác xã Bánh tráng Mỹ Lồng";
    private static final String SON_DOC = "Làng nghề bánh phồng Sơn Đốc";
    private static final String KEO_DUA = "Làng nghề kẹo dừa Mỏ Cày";
    private static final String BA_TRI = "Công ty TNHH Chế biến Dừa Ba Tri";
    private static final String CHO_LACH = "Hợp tác xã Cây giống và Trái cây Chợ Lách";
    private static final String THANH_PHU = "Hợp tác xã Dừa Thạnh Phú";
    private static final String AN_THUY = "Hợp tác xã Thủy sản An Thủy";
    private static final String PHU_LE = "Làng nghề rượu Phú Lễ";
    private static final String MY_NGHE = "Công ty TNHH Mỹ nghệ Dừa Mỏ Cày";
    private static final String HAI_PHUONG = "Cơ sở sản xuất chanh muối Hải Phượng";
    private static final String KEO_CHUOI = "Cơ sở kẹo chuối Ba Tri";

    /** The soon-expiring certificate: signed 36 months less 20 days ago. */
    static final int SOON = -1;

    private static final List<Seed> SEEDS = List.of(
            new Seed(
                    "Kẹo dừa sữa Mỏ Cày",
                    KEO_DUA,
                    ProductCategory.FOOD,
                    "Kẹo dừa nấu từ nước cốt dừa tươi, mạch nha và đường, không chất bảo quản.",
                    30,
                    3,
                    6,
                    4),
            new Seed("Kẹo dừa lá dứa", KEO_DUA, ProductCategory.FOOD, "Kẹo dừa dẻo thơm lá dứa, gói giấy gạo.", 18, 3),
            new Seed(
                    "Bánh tráng Mỹ Lồng",
                    MY_LONG,
                    ProductCategory.FOOD,
                    "Bánh tráng nướng dừa làm thủ công, giòn, béo vị nước cốt dừa.",
                    SOON,
                    3),
            new Seed(
                    "Bánh phồng Sơn Đốc",
                    SON_DOC,
                    ProductCategory.FOOD,
                    "Bánh phồng nếp quết tay với đường thốt nốt và nước cốt dừa, đặc sản Giồng Trôm.",
                    28,
                    3,
                    4,
                    4),
            new Seed(
                    "Dầu dừa tinh khiết ép lạnh",
                    BA_TRI,
                    ProductCategory.FOOD,
                    "Dầu dừa ép lạnh từ cơm dừa tươi Ba Tri, dùng cho ẩm thực và chăm sóc da.",
                    33,
                    4,
                    3,
                    5),
            new Seed(
                    "Sữa dừa đóng lon",
                    BA_TRI,
                    ProductCategory.BEVERAGE,
                    "Nước cốt dừa tiệt trùng đóng lon 400 ml.",
                    20,
                    4),
            new Seed(
                    "Bưởi da xanh Chợ Lách",
                    CHO_LACH,
                    ProductCategory.FOOD,
                    "Bưởi da xanh ruột hồng, trồng theo VietGAP, có tem truy xuất nguồn gốc.",
                    26,
                    4,
                    2,
                    5),
            new Seed(
                    "Mật hoa dừa Thạnh Phú",
                    THANH_PHU,
                    ProductCategory.FOOD,
                    "Mật cô đặc từ nhựa hoa dừa, chỉ số đường huyết thấp.",
                    14,
                    4),
            new Seed(
                    "Túi xách đan sợi dừa",
                    THANH_PHU,
                    ProductCategory.HANDICRAFT,
                    "Túi xách đan tay từ sợi xơ dừa và lá buông.",
                    10,
                    3),
            new Seed(
                    "Khô cá dứa An Thủy",
                    AN_THUY,
                    ProductCategory.FOOD,
                    "Cá dứa một nắng phơi trên bãi biển Ba Tri.",
                    22,
                    3),
            new Seed("Khô cá lóc Ba Tri", AN_THUY, ProductCategory.FOOD, "Khô cá lóc đồng, tẩm ướp vừa ăn.", 12, 3),
            new Seed(
                    "Rượu Phú Lễ",
                    PHU_LE,
                    ProductCategory.BEVERAGE,
                    "Rượu gạo nấu bằng nồi đồng theo cách truyền thống của làng Phú Lễ.",
                    16,
                    4),
            new Seed(
                    "Bộ chén gáo dừa mỹ nghệ",
                    MY_NGHE,
                    ProductCategory.HANDICRAFT,
                    "Chén, muỗng và khay làm từ gáo dừa, đánh bóng bằng dầu dừa.",
                    8,
                    4),
            new Seed(
                    "Chanh muối Hải Phượng",
                    HAI_PHUONG,
                    ProductCategory.FOOD,
                    "Chanh muối theo công thức gia truyền ở Giồng Trôm.",
                    24,
                    4),
            new Seed(
                    "Kẹo chuối Ba Tri",
                    KEO_CHUOI,
                    ProductCategory.FOOD,
                    "Kẹo chuối ép với gừng và mè; chứng nhận đã hết hiệu lực, chờ đánh giá lại.",
                    40,
                    3));

    /** Trade-promotion events: name, venue, months ago, length in days, participants. */
    private record EventSeed(String name, String venue, int monthsAgo, int days, List<String> participants) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    InstallationFacts facts;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadIntoEmptyDatabase() {
        long rows = em.createNamedQuery(Product.COUNT, Long.class).getSingleResult()
                + em.createNamedQuery(TradeEvent.COUNT, Long.class).getSingleResult();
        if (!facts.firstLoad(FACT, rows)) {
            return;
        }
        var owners = new HashMap<String, Organisation>();
        for (var o : em.createQuery("select o from Organisation o", Organisation.class)
                .getResultList()) {
            owners.put(o.getName(), o);
        }
        if (!owners.keySet().containsAll(List.of(KEO_DUA, MY_LONG, BA_TRI, KEO_CHUOI))) {
            LOG.info("Demo products not loaded: the demo organisations are missing");
            return;
        }
        facts.claim(FACT, "products, ratings and trade promotion");
        LocalDate today = clock.today();
        var slugs = new HashSet<String>();
        int number = 1;
        for (var seed : SEEDS) {
            String slug = ProductSlugs.unique(ProductSlugs.of(seed.name()), slugs);
            slugs.add(slug);
            var product = new Product(
                    slug, seed.name(), owners.get(seed.owner()), seed.category(), seed.description(), clock.now());
            em.persist(product);
            for (int i = 0; i < seed.history().length; i += 2) {
                int monthsAgo = seed.history()[i];
                LocalDate signed =
                        monthsAgo == SOON ? today.minusMonths(36).plusDays(20) : today.minusMonths(monthsAgo);
                String certificate = String.format("%d/QĐ-UBND-OCOP-%03d", signed.getYear(), number++);
                product.rate(seed.history()[i + 1], certificate, signed, clock.now());
            }
        }
        for (var event : events(today)) {
            LocalDate start = today.minusMonths(event.monthsAgo());
            var saved = new TradeEvent(event.name(), event.venue(), start, start.plusDays(event.days()));
            em.persist(saved);
            for (String participant : event.participants()) {
                em.persist(new TradeParticipation(saved, owners.get(participant)));
            }
        }
        LOG.info("Demo products loaded: " + SEEDS.size() + " products with their ratings, trade-promotion events");
    }

    /**
     * This year's events are dated within the current year whatever the day of loading (months back, but never before
     * 1 January); last year's counted separately.
     */
    private static List<EventSeed> events(LocalDate today) {
        int thisYear = Math.min(today.getMonthValue() - 1, 2);
        return List.of(
                new EventSeed(
                        "Hội chợ OCOP và đặc sản vùng miền Bến Tre",
                        "Quảng trường Đồng Khởi, phường An Hội",
                        thisYear,
                        4,
                        List.of(KEO_DUA, MY_LONG, BA_TRI, CHO_LACH, THANH_PHU, AN_THUY)),
                new EventSeed(
                        "Tuần lễ Dừa và sản phẩm OCOP",
                        "Trung tâm Hội nghị tỉnh, phường An Hội",
                        Math.max(0, thisYear - 1),
                        3,
                        List.of(MY_NGHE, HAI_PHUONG, PHU_LE, SON_DOC)),
                new EventSeed(
                        "Kết nối cung cầu sản phẩm OCOP tại TP. Hồ Chí Minh",
                        "Nhà văn hóa Thanh niên, TP. Hồ Chí Minh",
                        today.getMonthValue() + 3,
                        2,
                        List.of(KEO_DUA, BA_TRI, CHO_LACH, THANH_PHU, MY_NGHE)));
    }
}

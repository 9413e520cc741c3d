package vn.bentre.ocop.training.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.logging.Logger;
import vn.bentre.ocop.identity.control.DemoAccounts;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.platform.control.InstallationFacts;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.training.entity.Course;
import vn.bentre.ocop.training.entity.CourseAudience;

/**
 * Three courses taught by the demo trainer, with sessions on working days in the weeks after the installation
 * starts, so the catalogue always shows courses to come: two open for enrolment now, one opening later.
 */
@Stateless
public class DemoCourses {

    public static final String FACT = "demo.courses";

    static final String HALL_AN_HOI = "Hội trường Trung tâm Khuyến nông, phường An Hội, tỉnh Vĩnh Long";
    static final String HALL_GIONG_TROM = "Hội trường Ủy ban nhân dân xã Giồng Trôm, tỉnh Vĩnh Long";
    static final String HALL_MO_CAY = "Hội trường Ủy ban nhân dân xã Mỏ Cày, tỉnh Vĩnh Long";

    private static final LocalTime MORNING = LocalTime.of(7, 30);
    private static final LocalTime AFTERNOON = LocalTime.of(13, 30);

    private static final Logger LOG = Logger.getLogger(DemoCourses.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    InstallationFacts facts;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadIntoEmptyDatabase() {
        if (!facts.firstLoad(FACT, em.createNamedQuery(Course.COUNT, Long.class).getSingleResult())) {
            return;
        }
        var trainer = DemoAccounts.find(em, DemoAccounts.TRAINER);
        if (trainer.isEmpty()) {
            LOG.info("Demo courses not loaded: the demo trainer account does not exist");
            return;
        }
        facts.claim(FACT, "3 courses");
        var now = clock.now();
        var today = now.toLocalDate();

        var governance = course(
                "quan-tri-htx-k1",
                "Quản trị hợp tác xã và xây dựng kế hoạch kinh doanh sản phẩm OCOP",
                "Luật Hợp tác xã năm 2023 và những điểm mới về quản trị; ghi chép sổ sách, tính giá thành và quản lý"
                        + " dòng tiền; lập kế hoạch kinh doanh cho sản phẩm OCOP của chính hợp tác xã học viên. Học"
                        + " viên mang theo số liệu sản xuất, bán hàng của đơn vị để thực hành.",
                "Quản trị",
                CourseAudience.COOP_MANAGERS,
                trainer.get(),
                30,
                16,
                now);
        var day = workingDayFrom(today.plusDays(9));
        fullDay(governance, day, HALL_AN_HOI);
        fullDay(governance, workingDayFrom(day.plusDays(1)), HALL_AN_HOI);
        openFrom(governance, now.minusDays(5), day);

        var marketing = course(
                "tiep-thi-so-k1",
                "Tiếp thị số và bán hàng trên sàn thương mại điện tử",
                "Mở và quản lý gian hàng trên sàn thương mại điện tử, chụp ảnh và viết mô tả sản phẩm, chăm sóc"
                        + " khách hàng trực tuyến, tính phí vận chuyển và đóng gói, nhận diện các hình thức lừa đảo"
                        + " khi bán hàng trên mạng. Học viên mang theo điện thoại thông minh hoặc máy tính xách tay.",
                "Tiếp thị số",
                CourseAudience.ENTERPRISE_MANAGERS,
                trainer.get(),
                25,
                12,
                now);
        var first = workingDayFrom(today.plusDays(16));
        var second = workingDayFrom(first.plusDays(1));
        morning(marketing, first, HALL_GIONG_TROM);
        morning(marketing, second, HALL_GIONG_TROM);
        morning(marketing, workingDayFrom(second.plusDays(1)), HALL_GIONG_TROM);
        openFrom(marketing, now.minusDays(2), first);

        var traceability = course(
                "truy-xuat-qr-k1",
                "Truy xuất nguồn gốc và tem QR cho sản phẩm OCOP",
                "Yêu cầu truy xuất nguồn gốc đối với sản phẩm OCOP; tạo mã QR, ghi nhận thông tin vùng nguyên liệu,"
                        + " lô sản xuất và hạn sử dụng; cập nhật dữ liệu truy xuất theo từng lô hàng. Dành cho cán bộ"
                        + " phụ trách Chương trình và người quản lý hợp tác xã, doanh nghiệp, hộ kinh doanh.",
                "Truy xuất nguồn gốc",
                CourseAudience.ANYONE,
                trainer.get(),
                30,
                8,
                now);
        fullDay(traceability, workingDayFrom(today.plusDays(30)), HALL_MO_CAY);
        openFrom(traceability, now.toLocalDate().plusDays(5).atTime(8, 0), workingDayFrom(today.plusDays(30)));
        LOG.info("Demo courses loaded: three courses in the coming weeks");
    }

    private Course course(
            String code,
            String title,
            String description,
            String topic,
            CourseAudience audience,
            Account trainer,
            int capacity,
            int hours,
            LocalDateTime now) {
        return new Course(code, title, description, topic, audience, trainer, capacity, hours, now);
    }

    /** Two four-hour sessions on one day. */
    private static void fullDay(Course course, LocalDate day, String venue) {
        morning(course, day, venue);
        course.addSession(day.atTime(AFTERNOON), day.atTime(AFTERNOON.plusHours(4)), venue, null);
    }

    private static void morning(Course course, LocalDate day, String venue) {
        course.addSession(day.atTime(MORNING), day.atTime(MORNING.plusHours(4)), venue, null);
    }

    /**
     * Opens the course with enrolment from {@code opens} until three days before the first session and cancelling
     * until two days before, then stores it: only a complete course passes validation.
     */
    private void openFrom(Course course, LocalDateTime opens, LocalDate firstDay) {
        var closes = firstDay.minusDays(3).atTime(17, 0);
        course.scheduleEnrolment(opens, closes, firstDay.minusDays(2).atTime(17, 0));
        course.open();
        em.persist(course);
    }

    private static LocalDate workingDayFrom(LocalDate day) {
        var result = day;
        while (result.getDayOfWeek() == DayOfWeek.SATURDAY || result.getDayOfWeek() == DayOfWeek.SUNDAY) {
            result = result.plusDays(1);
        }
        return result;
    }
}

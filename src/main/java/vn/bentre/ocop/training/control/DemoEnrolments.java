package vn.bentre.ocop.training.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.identity.control.DemoAccounts;
import vn.bentre.ocop.identity.control.PasswordHasher;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.LearnerGroup;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.platform.control.InstallationFacts;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.training.entity.Course;
import vn.bentre.ocop.training.entity.CourseAudience;
import vn.bentre.ocop.training.entity.CourseResult;
import vn.bentre.ocop.training.entity.CourseSession;
import vn.bentre.ocop.training.entity.Enrolment;

/**
 * Enrolments that make every training page show something: five more demo learners; two demo training materials
 * linked to the governance course; the demo learner confirmed
 * in the co-operative governance course, waitlisted in a full packaging course, and holding a certificate from a
 * food-safety course that took place last month. Goes through the same {@link Enrolments} as real learners.
 */
@Stateless
public class DemoEnrolments {

    public static final String FACT = "demo.enrolments";
    static final String PACKAGING = "bao-bi-nhan-mac-k1";
    static final String FOOD_SAFETY = "an-toan-thuc-pham-k0";

    private static final Logger LOG = Logger.getLogger(DemoEnrolments.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    InstallationFacts facts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Enrolments enrolments;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadIntoEmptyDatabase() {
        long existing =
                em.createQuery("select count(e) from Enrolment e", Long.class).getSingleResult();
        if (!facts.firstLoad(FACT, existing)) {
            return;
        }
        var trainer = DemoAccounts.find(em, DemoAccounts.TRAINER);
        var linh = DemoAccounts.find(em, DemoAccounts.LEARNER);
        var governance = courseByCode("quan-tri-htx-k1");
        if (trainer.isEmpty() || linh.isEmpty() || governance == null) {
            LOG.info("Demo enrolments not loaded: the demo accounts or courses do not exist");
            return;
        }
        facts.claim(FACT, "3 courses, 6 learners");
        linh.get().declareLearnerGroup(LearnerGroup.COOP_MANAGER);
        var others = learners();
        em.flush();

        governance.linkMaterials(Set.copyOf(
                em.createQuery("select c.id from ContentItem c where c.type = :type order by c.id", Long.class)
                        .setParameter("type", ContentType.MATERIAL)
                        .setMaxResults(2)
                        .getResultList()));
        em.flush();
        enrolments.enrol(governance.getId(), linh.get().getId());
        enrolments.enrol(governance.getId(), others.get(0).getId());

        var packaging = packagingCourse(trainer.get());
        for (int i = 1; i <= 3; i++) {
            enrolments.enrol(packaging.getId(), others.get(i).getId());
        }
        enrolments.enrol(packaging.getId(), linh.get().getId());
        enrolments.enrol(packaging.getId(), others.get(4).getId());

        foodSafetyCourse(trainer.get(), List.of(linh.get(), others.get(0), others.get(2)));
        LOG.info("Demo enrolments loaded: confirmed, waitlisted and completed with a certificate");
    }

    private List<Account> learners() {
        String hash = hasher.hash(DemoAccounts.PASSWORD);
        var now = clock.now();
        Object[][] people = {
            {
                "hocvien2@demo.ocop-bentre.vn",
                "Nguyễn Văn Tâm",
                LearnerGroup.COOP_MANAGER,
                "Hợp tác xã Bưởi da xanh Chợ Lách",
                "Phó giám đốc"
            },
            {
                "hocvien3@demo.ocop-bentre.vn",
                "Trần Thị Thanh Thúy",
                LearnerGroup.ENTERPRISE_MANAGER,
                "Công ty TNHH Kẹo dừa Thanh Long",
                "Giám đốc"
            },
            {
                "hocvien4@demo.ocop-bentre.vn",
                "Võ Minh Nhựt",
                LearnerGroup.OFFICIAL,
                "Ủy ban nhân dân xã Giồng Trôm",
                "Công chức phụ trách OCOP"
            },
            {
                "hocvien5@demo.ocop-bentre.vn",
                "Huỳnh Thị Ngọc Hân",
                LearnerGroup.ENTERPRISE_MANAGER,
                "Hộ kinh doanh Bánh tráng Mỹ Lồng",
                "Chủ hộ kinh doanh"
            },
            {
                "hocvien6@demo.ocop-bentre.vn",
                "Lê Hoàng Phong",
                LearnerGroup.COOP_MANAGER,
                "Hợp tác xã Thủ công mỹ nghệ Ba Tri",
                "Kế toán hợp tác xã"
            }
        };
        var accounts = new ArrayList<Account>();
        for (var p : people) {
            var account = new Account((String) p[0], (String) p[1], hash, Set.of(Role.LEARNER), now);
            account.updateProfile((String) p[1], null, (String) p[3], (String) p[4]);
            account.declareLearnerGroup((LearnerGroup) p[2]);
            em.persist(account);
            accounts.add(account);
        }
        return accounts;
    }

    /** A small course for anyone, already full, so the waiting list shows. */
    private Course packagingCourse(Account trainer) {
        var now = clock.now();
        var course = new Course(
                PACKAGING,
                "Thiết kế bao bì, nhãn mác cho sản phẩm OCOP",
                "Quy định về nhãn hàng hóa, thông tin bắt buộc trên bao bì thực phẩm, chọn chất liệu bao bì cho kẹo"
                        + " dừa, bưởi da xanh và các sản phẩm chế biến; thực hành phác thảo nhãn cho sản phẩm của"
                        + " đơn vị. Lớp học nhỏ để giảng viên góp ý từng mẫu.",
                "Bao bì, nhãn mác",
                CourseAudience.ANYONE,
                trainer,
                3,
                8,
                now);
        var day = now.toLocalDate().plusDays(12);
        course.addSession(day.atTime(7, 30), day.atTime(11, 30), "Hội trường Ủy ban nhân dân xã Ba Tri", null);
        course.addSession(day.atTime(13, 30), day.atTime(17, 30), "Hội trường Ủy ban nhân dân xã Ba Tri", null);
        course.scheduleEnrolment(
                now.minusDays(3),
                day.minusDays(3).atTime(17, 0),
                day.minusDays(2).atTime(17, 0));
        course.open();
        em.persist(course);
        em.flush();
        return course;
    }

    /**
     * A course held last month: opened, enrolled through the ordinary path, then closed and finished, with the
     * attendance recorded so the learners complete it and get their certificates.
     */
    private void foodSafetyCourse(Account trainer, List<Account> learners) {
        var now = clock.now();
        var course = new Course(
                FOOD_SAFETY,
                "An toàn thực phẩm trong chế biến kẹo dừa, bánh tráng và sản phẩm từ dừa",
                "Điều kiện cơ sở chế biến, kiểm soát nguyên liệu dừa, đường, mạch nha; vệ sinh dụng cụ và người"
                        + " lao động; hồ sơ tự công bố sản phẩm và kiểm nghiệm định kỳ theo yêu cầu của Chương"
                        + " trình OCOP.",
                "An toàn thực phẩm",
                CourseAudience.ANYONE,
                trainer,
                20,
                8,
                now);
        var day = now.toLocalDate().minusDays(35);
        String hall = "Hội trường Ủy ban nhân dân xã Mỏ Cày";
        course.addSession(day.atTime(7, 30), day.atTime(11, 30), hall, null);
        course.addSession(day.atTime(13, 30), day.atTime(17, 30), hall, null);
        LocalDateTime opened = now.minusDays(60);
        course.scheduleEnrolment(opened, now.plusHours(1), now.plusHours(1));
        course.open();
        em.persist(course);
        em.flush();
        Map<Long, Set<Long>> attended = new HashMap<>();
        var all = course.getSessions().stream().map(CourseSession::getId).collect(Collectors.toSet());
        for (var learner : learners) {
            Enrolment enrolment = enrolments.enrol(course.getId(), learner.getId());
            attended.put(enrolment.getId(), all);
        }
        course.scheduleEnrolment(
                opened, day.minusDays(3).atTime(17, 0), day.minusDays(2).atTime(17, 0));
        course.finish();
        em.flush(); // recordProgress locks the course, which re-reads it
        enrolments.recordProgress(course.getId(), attended, Map.<Long, CourseResult>of());
    }

    private Course courseByCode(String code) {
        return em.createQuery("select c from Course c where c.code = :code", Course.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}

package vn.bentre.ocop.training;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.stream.Collectors;
import vn.bentre.ocop.identity.control.DemoAccounts;
import vn.bentre.ocop.identity.control.PasswordHasher;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.LearnerGroup;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.training.entity.Course;
import vn.bentre.ocop.training.entity.CourseAudience;
import vn.bentre.ocop.training.entity.Enrolment;

/**
 * Test only: sets up what the enrolment tests race on (courses open now, many learners sharing one password hash so
 * that making 200 of them costs one hash) and reads the outcome straight from the database.
 */
@Stateless
@PermitAll
public class TrainingFixtures {

    public static final String PASSWORD = "mat-khau-thu-nghiem-2026";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PortalClock clock;

    public long course(String code, int capacity, CourseAudience audience, int sessions) {
        return course(code, capacity, audience, sessions, 0);
    }

    /**
     * A course open for enrolment now; its first {@code begun} sessions took place last week (attendance can be
     * recorded only for a session that has begun), the others lie far ahead.
     */
    public long course(String code, int capacity, CourseAudience audience, int sessions, int begun) {
        var now = clock.now();
        var trainer = DemoAccounts.find(em, DemoAccounts.TRAINER).orElseThrow();
        var course = new Course(
                code,
                "Khóa thử " + code,
                "Khóa học dùng trong kiểm thử.",
                "Kiểm thử",
                audience,
                trainer,
                capacity,
                8,
                now);
        // far ahead, so these courses list after the demo courses the public-page tests look for on page 1
        var day = now.toLocalDate().plusDays(400);
        var lastWeek = now.toLocalDate().minusDays(7);
        for (int i = 0; i < sessions; i++) {
            var on = i < begun ? lastWeek.plusDays(i) : day.plusDays(i);
            course.addSession(on.atTime(7, 30), on.atTime(11, 30), "Hội trường xã Ba Tri", null);
        }
        course.scheduleEnrolment(now.minusDays(1), now.plusDays(5), now.plusDays(6));
        course.open();
        em.persist(course);
        em.flush();
        return course.getId();
    }

    public void learners(String prefix, int count, LearnerGroup group) {
        String hash = hasher.hash(PASSWORD);
        for (int i = 0; i < count; i++) {
            var account = new Account(
                    prefix + i + "@thu-nghiem.vn", "Học viên thử " + i, hash, Set.of(Role.LEARNER), clock.now());
            account.declareLearnerGroup(group);
            em.persist(account);
        }
    }

    /** Every enrolment of a course in queue order: e-mail;status;queue number. */
    public String state(long courseId) {
        return em.createQuery(
                        "select e from Enrolment e join fetch e.learner where e.course.id = :c order by e.queueNumber",
                        Enrolment.class)
                .setParameter("c", courseId)
                .getResultStream()
                .map(e -> e.getLearner().getEmail() + ";" + e.getStatus() + ";" + e.getQueueNumber())
                .collect(Collectors.joining("\n"));
    }
}

package vn.bentre.ocop.training.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bentre.ocop.platform.control.AuditLog;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.RoleNames;
import vn.bentre.ocop.training.control.EnrolmentMails;
import vn.bentre.ocop.training.control.Enrolments;
import vn.bentre.ocop.training.control.RosterExport;
import vn.bentre.ocop.training.entity.Course;
import vn.bentre.ocop.training.entity.CourseResult;
import vn.bentre.ocop.training.entity.Enrolment;
import vn.bentre.ocop.training.entity.EnrolmentStatus;

/**
 * A trainer's work on their own courses (an administrator's on every course): the roster, removing a learner,
 * seats, attendance and results (completion follows at once), exports and a message to everyone enrolled.
 */
@Stateless
@RolesAllowed({RoleNames.TRAINER, RoleNames.ADMIN})
public class RosterService {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 5000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Enrolments enrolments;

    @Inject
    EnrolmentMails mails;

    @Inject
    AuditLog audit;

    @Inject
    PortalClock clock;

    @Resource
    SessionContext context;

    /** The caller's courses (every course for an administrator), newest first. */
    public List<CourseRow> myCourses() {
        var query = isAdmin()
                ? em.createQuery("select c from Course c join fetch c.trainer order by c.createdAt desc", Course.class)
                : em.createQuery(
                                "select c from Course c join fetch c.trainer where c.trainer.id = :me"
                                        + " order by c.createdAt desc",
                                Course.class)
                        .setParameter("me", callerId());
        return query.getResultStream()
                .map(c -> {
                    var roster = active(c.getId());
                    long seated = roster.stream().filter(Enrolment::isSeated).count();
                    return new CourseRow(
                            c.getId(),
                            c.getCode(),
                            c.getTitle(),
                            c.getStatus(),
                            c.getSessions().isEmpty()
                                    ? null
                                    : c.getSessions().getFirst().getStartsAt(),
                            c.getCapacity(),
                            seated,
                            roster.size() - seated,
                            c.getTrainer().getFullName());
                })
                .toList();
    }

    public Roster roster(long courseId) {
        var course = own(courseId);
        var seated = new ArrayList<Roster.Row>();
        var waiting = new ArrayList<Roster.Row>();
        for (var e : active(courseId)) {
            if (e.getStatus() == EnrolmentStatus.WAITLISTED) {
                waiting.add(row(e, waiting.size() + 1));
            } else {
                seated.add(row(e, 0));
            }
        }
        return new Roster(course, course.getSessions(), seated, waiting, clock.now());
    }

    public void remove(long enrolmentId) {
        var enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw BusinessException.notFound("training.enrolment.notFound");
        }
        own(enrolment.getCourse().getId());
        enrolments.remove(enrolmentId);
    }

    public void changeCapacity(long courseId, @Min(0) int capacity) {
        own(courseId);
        enrolments.changeCapacity(courseId, capacity);
    }

    /** Saves attendance and results; returns how many learners completed the course with this save. */
    public int recordProgress(
            long courseId, @NotNull Map<Long, Set<Long>> attended, @NotNull Map<Long, CourseResult> results) {
        own(courseId);
        return enrolments.recordProgress(courseId, attended, results);
    }

    /** Mails everyone confirmed or waiting; returns how many. */
    public int message(
            long courseId,
            @NotBlank @Size(max = SUBJECT_MAX) String subject,
            @NotBlank @Size(max = BODY_MAX) String body) {
        var course = own(courseId);
        var recipients = active(courseId).stream()
                .filter(e -> e.getStatus() != EnrolmentStatus.COMPLETED)
                .toList();
        recipients.forEach(e -> mails.message(e, subject.strip(), body.strip()));
        audit.record("COURSE_MESSAGE", "COURSE", course.getId(), recipients.size() + ": " + subject.strip());
        return recipients.size();
    }

    public byte[] csv(long courseId) {
        return RosterExport.csv(roster(courseId));
    }

    public byte[] xlsx(long courseId) {
        return RosterExport.xlsx(roster(courseId));
    }

    /** The course, if the caller teaches it or is an administrator; otherwise a refusal. */
    private Course own(long courseId) {
        var course = em.find(Course.class, courseId);
        if (course == null) {
            throw BusinessException.notFound("training.course.notFound");
        }
        if (!isAdmin() && !course.getTrainer().getId().equals(callerId())) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "training.course.notYours");
        }
        return course;
    }

    private List<Enrolment> active(long courseId) {
        return em.createNamedQuery(Enrolment.ROSTER, Enrolment.class)
                .setParameter("course", courseId)
                .setParameter("active", EnrolmentStatus.ACTIVE)
                .getResultList();
    }

    private static Roster.Row row(Enrolment e, int position) {
        var learner = e.getLearner();
        return new Roster.Row(
                e.getId(),
                learner.getId(),
                learner.getFullName(),
                learner.getEmail(),
                learner.getPhone(),
                learner.getOrganisationName(),
                e.getStatus(),
                position,
                e.getAttendedSessions(),
                e.getResult(),
                e.getCertificateCode(),
                e.getEnrolledAt());
    }

    private boolean isAdmin() {
        return context.isCallerInRole(RoleNames.ADMIN);
    }

    private long callerId() {
        return Long.parseLong(context.getCallerPrincipal().getName());
    }
}

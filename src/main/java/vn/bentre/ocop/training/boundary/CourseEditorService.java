package vn.bentre.ocop.training.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.platform.control.AuditLog;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.RoleNames;
import vn.bentre.ocop.training.control.Enrolments;
import vn.bentre.ocop.training.entity.Course;
import vn.bentre.ocop.training.entity.CourseStatus;

/**
 * Trainers create and change their own courses (administrators any course): details, completion rule, enrolment
 * window, sessions, seats, and opening the draft to enrolment. Seats change under the course's lock like every other
 * seat decision.
 */
@Stateless
@RolesAllowed({RoleNames.TRAINER, RoleNames.ADMIN})
public class CourseEditorService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Enrolments enrolments;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    /** The course as its form, with its status, for the editor. */
    public Editing edit(long courseId) {
        var c = own(courseId);
        var sessions = c.getSessions().stream()
                .map(s -> new CourseForm.Session(
                        s.getId(), s.getStartsAt(), s.getEndsAt(), s.getVenue(), s.getOnlineLink()))
                .toList();
        return new Editing(
                new CourseForm(
                        c.getCode(),
                        c.getTitle(),
                        c.getDescription(),
                        c.getTopic(),
                        c.getAudience(),
                        c.getCapacity(),
                        c.getHours(),
                        c.getEnrolOpensAt(),
                        c.getEnrolClosesAt(),
                        c.getCancelCutoffAt(),
                        c.getAttendancePercent(),
                        c.isResultRequired(),
                        sessions,
                        c.getMaterialIds()),
                c.getStatus());
    }

    /** A course being edited and where it stands. */
    public record Editing(CourseForm form, CourseStatus status) {}

    /** A new draft taught by the caller; returns its id. */
    public long create(@NotNull @Valid CourseForm form) {
        boolean taken = !em.createQuery("select c.id from Course c where c.code = :code", Long.class)
                .setParameter("code", form.code())
                .getResultList()
                .isEmpty();
        if (taken) {
            throw BusinessException.conflict("training.course.codeTaken");
        }
        var trainer = em.find(Account.class, callerId());
        var course = new Course(
                form.code(),
                form.title().strip(),
                form.description().strip(),
                form.topic().strip(),
                form.audience(),
                trainer,
                form.capacity(),
                form.hours(),
                clock.now());
        apply(course, form);
        form.sessions().forEach(s -> course.addSession(s.startsAt(), s.endsAt(), s.venue(), s.onlineLink()));
        em.persist(course);
        em.flush();
        audit.record("COURSE_CREATED", "COURSE", course.getId(), course.getCode());
        return course.getId();
    }

    /** Changes a course; seats first, under the course's lock (raising them promotes from the waiting list). */
    public void update(long courseId, @NotNull @Valid CourseForm form) {
        own(courseId);
        enrolments.changeCapacity(courseId, form.capacity());
        var course = em.find(Course.class, courseId);
        course.revise(
                form.title().strip(), form.description().strip(), form.topic().strip(), form.audience(), form.hours());
        apply(course, form);
        var kept = new HashSet<Long>();
        for (var s : form.sessions()) {
            if (s.id() == null) {
                course.addSession(s.startsAt(), s.endsAt(), s.venue(), s.onlineLink());
            } else {
                kept.add(s.id());
                course.getSessions().stream()
                        .filter(existing -> s.id().equals(existing.getId()))
                        .findFirst()
                        .orElseThrow(() -> BusinessException.notFound("training.session.notFound"))
                        .reschedule(s.startsAt(), s.endsAt(), s.venue(), s.onlineLink());
            }
        }
        course.getSessions().stream()
                .filter(existing -> existing.getId() != null && !kept.contains(existing.getId()))
                .map(existing -> existing.getId())
                .toList()
                .forEach(course::removeSession);
        audit.record("COURSE_CHANGED", "COURSE", courseId, course.getCode());
    }

    /** Opens a draft to enrolment (it shows in the catalogue from now on). */
    public void open(long courseId) {
        var course = own(courseId);
        if (course.getStatus() != CourseStatus.DRAFT) {
            throw BusinessException.conflict("training.course.notDraft");
        }
        course.open();
        audit.record("COURSE_OPENED", "COURSE", courseId, course.getCode());
    }

    private static void apply(Course course, CourseForm form) {
        course.completionRule(form.attendancePercent(), form.resultRequired());
        course.linkMaterials(form.materialIds());
        course.scheduleEnrolment(form.enrolOpensAt(), form.enrolClosesAt(), form.cancelCutoffAt());
    }

    private Course own(long courseId) {
        var course = em.find(Course.class, courseId);
        if (course == null) {
            throw BusinessException.notFound("training.course.notFound");
        }
        if (!context.isCallerInRole(RoleNames.ADMIN)
                && !course.getTrainer().getId().equals(callerId())) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "training.course.notYours");
        }
        return course;
    }

    private long callerId() {
        return Long.parseLong(context.getCallerPrincipal().getName());
    }
}

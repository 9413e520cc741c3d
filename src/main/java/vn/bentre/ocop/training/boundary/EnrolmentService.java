package vn.bentre.ocop.training.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.RoleNames;
import vn.bentre.ocop.training.control.Enrolments;
import vn.bentre.ocop.training.entity.CourseSession;
import vn.bentre.ocop.training.entity.Enrolment;
import vn.bentre.ocop.training.entity.EnrolmentStatus;

/**
 * A signed-in person's own enrolments: enrol, cancel, list. The caller is always the learner (never a parameter),
 * so nobody can act for someone else here. Faces pages and the REST API call these same methods.
 */
@Stateless
@RolesAllowed({RoleNames.LEARNER, RoleNames.TRAINER, RoleNames.EDITOR, RoleNames.ADMIN})
public class EnrolmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Enrolments enrolments;

    @Inject
    PortalClock clock;

    @Resource
    SessionContext context;

    /** Enrols the caller in the course: confirmed when a seat is free, otherwise waitlisted (not an error). */
    public MyEnrolment enrol(long courseId) {
        return view(enrolments.enrol(courseId, callerId()));
    }

    /** Cancels one of the caller's own enrolments before the course's cut-off. */
    public MyEnrolment cancel(long enrolmentId) {
        return view(enrolments.cancel(enrolmentId, callerId()));
    }

    /** The caller's enrolments, newest first, with waiting-list positions. */
    public List<MyEnrolment> mine() {
        return em.createNamedQuery(Enrolment.OF_LEARNER, Enrolment.class)
                .setParameter("learner", callerId())
                .getResultStream()
                .map(this::view)
                .toList();
    }

    /** The caller's active enrolment in a course, if any (for the course page). */
    public Optional<MyEnrolment> inCourse(long courseId) {
        return enrolments.activeOf(courseId, callerId()).map(this::view);
    }

    public LocalDateTime now() {
        return clock.now();
    }

    private MyEnrolment view(Enrolment e) {
        var course = e.getCourse();
        var sessions = course.getSessions();
        return new MyEnrolment(
                e.getId(),
                course.getId(),
                course.getCode(),
                course.getTitle(),
                course.getHours(),
                sessions.isEmpty() ? null : sessions.getFirst().getStartsAt(),
                sessions.stream()
                        .map(CourseSession::getEndsAt)
                        .max(LocalDateTime::compareTo)
                        .orElse(null),
                course.getCancelCutoffAt(),
                e.getStatus(),
                e.getStatus() == EnrolmentStatus.WAITLISTED ? enrolments.position(e) : null,
                e.getCertificateCode());
    }

    private long callerId() {
        return Long.parseLong(context.getCallerPrincipal().getName());
    }
}

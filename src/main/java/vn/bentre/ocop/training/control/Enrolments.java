package vn.bentre.ocop.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.platform.control.AuditLog;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.training.entity.Course;
import vn.bentre.ocop.training.entity.CourseResult;
import vn.bentre.ocop.training.entity.CourseSession;
import vn.bentre.ocop.training.entity.Enrolment;
import vn.bentre.ocop.training.entity.EnrolmentStatus;

/**
 * The seat-changing work of enrolment, inside the caller's transaction. Every change that can take or free a seat
 * first locks the course row ({@code SELECT ... FOR UPDATE}, a lock held by the database until commit, so it
 * serialises all nodes), then counts the seats under that lock and lets the course decide. A freed seat promotes the
 * first of the waiting list in the same transaction.
 */
@ApplicationScoped
public class Enrolments {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    EnrolmentMails mails;

    /** Enrols the learner: a seat if one is free, otherwise the end of the waiting list. */
    public Enrolment enrol(long courseId, long learnerId) {
        var course = lock(courseId);
        var learner = em.find(Account.class, learnerId);
        if (learner == null) {
            throw BusinessException.notFound("training.learner.notFound");
        }
        if (activeOf(courseId, learnerId).isPresent()) {
            throw BusinessException.conflict("training.enrol.already");
        }
        var enrolment = course.admit(learner, seated(courseId), clock.now());
        em.persist(enrolment);
        try {
            em.flush();
        } catch (PersistenceException duplicate) {
            // The unique index on active enrolments: unreachable while the lock is taken, but the last word.
            throw BusinessException.conflict("training.enrol.already");
        }
        audit.record(
                enrolment.getStatus() == EnrolmentStatus.CONFIRMED ? "ENROLMENT_CONFIRMED" : "ENROLMENT_WAITLISTED",
                "ENROLMENT",
                enrolment.getId(),
                describe(enrolment));
        if (enrolment.getStatus() == EnrolmentStatus.CONFIRMED) {
            mails.confirmed(enrolment, false);
        } else {
            mails.waitlisted(enrolment, position(enrolment));
        }
        return enrolment;
    }

    /** The learner's own cancellation, before the cut-off; a freed seat goes to the first waitlisted. */
    public Enrolment cancel(long enrolmentId, long learnerId) {
        var enrolment = lockedEnrolment(enrolmentId);
        if (!enrolment.getLearner().getId().equals(learnerId)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "training.cancel.notYours");
        }
        enrolment.cancel(clock.now());
        audit.record("ENROLMENT_CANCELLED", "ENROLMENT", enrolment.getId(), describe(enrolment));
        promoteIntoFreeSeats(enrolment.getCourse());
        return enrolment;
    }

    /** Staff remove someone (audited, the learner told), with the same promotion. */
    public Enrolment remove(long enrolmentId) {
        var enrolment = lockedEnrolment(enrolmentId);
        enrolment.remove(clock.now());
        audit.record("ENROLMENT_REMOVED", "ENROLMENT", enrolment.getId(), describe(enrolment));
        mails.removed(enrolment);
        promoteIntoFreeSeats(enrolment.getCourse());
        return enrolment;
    }

    /** Changes a course's seats under its lock; more seats promote from the waiting list at once. */
    public void changeCapacity(long courseId, int capacity) {
        var course = lock(courseId);
        int before = course.getCapacity();
        course.changeCapacity(capacity, seated(courseId));
        audit.record("COURSE_CAPACITY_CHANGED", "COURSE", courseId, before + " -> " + capacity);
        promoteIntoFreeSeats(course);
    }

    /**
     * Records attendance and results of a course's seated learners at once and completes every enrolment that now
     * meets the course's rule (issuing its certificate code and telling the learner). Returns how many completed.
     */
    public int recordProgress(long courseId, Map<Long, Set<Long>> attended, Map<Long, CourseResult> results) {
        var course = lock(courseId);
        var sessionIds = course.getSessions().stream().map(CourseSession::getId).collect(Collectors.toSet());
        var now = clock.now();
        int completed = 0;
        for (var enrolment : em.createNamedQuery(Enrolment.ROSTER, Enrolment.class)
                .setParameter("course", courseId)
                .setParameter("active", EnrolmentStatus.SEATED)
                .getResultList()) {
            var present = new HashSet<>(attended.getOrDefault(enrolment.getId(), Set.of()));
            present.retainAll(sessionIds);
            var result = results.get(enrolment.getId());
            if (!present.equals(enrolment.getAttendedSessions()) || result != enrolment.getResult()) {
                enrolment.recordAttendance(present, now);
                enrolment.recordResult(result);
                audit.record(
                        "ENROLMENT_PROGRESS",
                        "ENROLMENT",
                        enrolment.getId(),
                        "sessions " + present.size() + "/" + sessionIds.size() + (result == null ? "" : ", " + result));
            }
            if (enrolment.completeIfEarned(CertificateCodes.next(), now)) {
                completed++;
                audit.record("ENROLMENT_COMPLETED", "ENROLMENT", enrolment.getId(), enrolment.getCertificateCode());
                mails.completed(enrolment);
            }
        }
        return completed;
    }

    /** The position (from 1) of a waitlisted enrolment: how many wait before it, plus one. */
    public long position(Enrolment enrolment) {
        return em.createNamedQuery(Enrolment.POSITION, Long.class)
                .setParameter("course", enrolment.getCourse().getId())
                .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
                .setParameter("number", enrolment.getQueueNumber())
                .getSingleResult();
    }

    public long seated(long courseId) {
        return em.createNamedQuery(Enrolment.COUNT_SEATED, Long.class)
                .setParameter("course", courseId)
                .setParameter("seated", EnrolmentStatus.SEATED)
                .getSingleResult();
    }

    public Optional<Enrolment> activeOf(long courseId, long learnerId) {
        return em.createNamedQuery(Enrolment.ACTIVE_OF, Enrolment.class)
                .setParameter("course", courseId)
                .setParameter("learner", learnerId)
                .setParameter("active", EnrolmentStatus.ACTIVE)
                .getResultStream()
                .findFirst();
    }

    /** Locks the course row until the transaction ends; every seat decision of that course waits for it. */
    public Course lock(long courseId) {
        var course = em.find(Course.class, courseId, LockModeType.PESSIMISTIC_WRITE);
        if (course == null) {
            throw BusinessException.notFound("training.course.notFound");
        }
        return course;
    }

    /**
     * The enrolment, read after its course is locked: reading it first could act on a status another node has
     * changed meanwhile.
     */
    private Enrolment lockedEnrolment(long enrolmentId) {
        Long courseId = em.createQuery("select e.course.id from Enrolment e where e.id = :id", Long.class)
                .setParameter("id", enrolmentId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound("training.enrolment.notFound"));
        lock(courseId);
        var enrolment = em.find(Enrolment.class, enrolmentId);
        em.refresh(enrolment);
        return enrolment;
    }

    /** What an enrolment's audit entry says: whose, in which course. */
    private static String describe(Enrolment enrolment) {
        return enrolment.getLearner().getEmail() + " / " + enrolment.getCourse().getCode();
    }

    private void promoteIntoFreeSeats(Course course) {
        em.flush();
        long free = course.seatsLeft(seated(course.getId()));
        if (free <= 0) {
            return;
        }
        var now = clock.now();
        em.createNamedQuery(Enrolment.FIRST_WAITING, Enrolment.class)
                .setParameter("course", course.getId())
                .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
                .setMaxResults((int) Math.min(free, Integer.MAX_VALUE))
                .getResultList()
                .forEach(waiting -> {
                    waiting.promote(now);
                    audit.record("ENROLMENT_PROMOTED", "ENROLMENT", waiting.getId(), describe(waiting));
                    mails.confirmed(waiting, true);
                });
    }
}

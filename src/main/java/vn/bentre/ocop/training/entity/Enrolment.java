package vn.bentre.ocop.training.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.platform.control.BusinessException;

/**
 * A learner's place in a course: confirmed (a seat), waitlisted (in queue order), completed, or ended by the learner
 * (cancelled) or by staff (removed). Only {@link Course#admit} creates one, under the course's row lock.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(
        name = Enrolment.COUNT_SEATED,
        query = "select count(e) from Enrolment e where e.course.id = :course and e.status in :seated")
@NamedQuery(
        name = Enrolment.ACTIVE_OF,
        query = "select e from Enrolment e where e.course.id = :course and e.learner.id = :learner"
                + " and e.status in :active")
@NamedQuery(
        name = Enrolment.FIRST_WAITING,
        query = "select e from Enrolment e where e.course.id = :course and e.status = :waitlisted"
                + " order by e.queueNumber")
@NamedQuery(
        name = Enrolment.POSITION,
        query = "select count(e) + 1 from Enrolment e where e.course.id = :course and e.status = :waitlisted"
                + " and e.queueNumber < :number")
@NamedQuery(
        name = Enrolment.OF_LEARNER,
        query = "select e from Enrolment e join fetch e.course c where e.learner.id = :learner"
                + " order by e.enrolledAt desc, e.id desc")
@NamedQuery(
        name = Enrolment.ROSTER,
        query = "select e from Enrolment e join fetch e.learner where e.course.id = :course and e.status in :active"
                + " order by e.queueNumber")
@NamedQuery(
        name = Enrolment.BY_CERTIFICATE,
        query = "select e from Enrolment e join fetch e.course c join fetch e.learner join fetch c.trainer"
                + " where e.certificateCode = :code")
public class Enrolment {

    public static final String COUNT_SEATED = "Enrolment.countSeated";
    public static final String ACTIVE_OF = "Enrolment.activeOf";
    public static final String FIRST_WAITING = "Enrolment.firstWaiting";
    public static final String POSITION = "Enrolment.position";
    public static final String OF_LEARNER = "Enrolment.ofLearner";
    public static final String ROSTER = "Enrolment.roster";
    public static final String BY_CERTIFICATE = "Enrolment.byCertificate";

    public static final int CERTIFICATE_CODE_MAX = 40;

    private static final DateTimeFormatter SESSION_START = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Id
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id", nullable = false, updatable = false)
    private Account learner;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status;

    /** 1 while active, NULL once ended: the unique index (course, learner, active_key) allows one active. */
    @Column(name = "active_key")
    private Integer activeKey;

    /** Order of arrival in the course, from the course's counter: the waiting list is served by it. */
    @Column(name = "queue_number", nullable = false, updatable = false)
    private long queueNumber;

    @NotNull
    @Column(name = "enrolled_at", nullable = false, updatable = false)
    private LocalDateTime enrolledAt;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private CourseResult result;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Column(name = "certificate_code", length = CERTIFICATE_CODE_MAX)
    private String certificateCode;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "attendance", joinColumns = @JoinColumn(name = "enrolment_id"))
    @Column(name = "session_id", nullable = false)
    private Set<Long> attendedSessions = new HashSet<>();

    @Version
    private long version;

    protected Enrolment() {
        // for JPA
    }

    Enrolment(Course course, Account learner, EnrolmentStatus status, long queueNumber, LocalDateTime now) {
        this.course = course;
        this.learner = learner;
        this.status = status;
        this.activeKey = 1;
        this.queueNumber = queueNumber;
        this.enrolledAt = now;
        this.confirmedAt = status == EnrolmentStatus.CONFIRMED ? now : null;
    }

    /** The learner gives up their seat or place in the queue; only until the course's cancellation cut-off. */
    public void cancel(LocalDateTime now) {
        requireStatus(EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED);
        if (!now.isBefore(course.getCancelCutoffAt())) {
            throw BusinessException.conflict("training.cancel.afterCutoff");
        }
        end(EnrolmentStatus.CANCELLED, now);
    }

    /** Staff take the learner off the course (or its waiting list), at any time before completion. */
    public void remove(LocalDateTime now) {
        requireStatus(EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED);
        end(EnrolmentStatus.REMOVED, now);
    }

    /** The first in the queue gets the seat that came free. */
    public void promote(LocalDateTime now) {
        if (status != EnrolmentStatus.WAITLISTED) {
            throw new IllegalStateException("Only a waitlisted learner is promoted");
        }
        status = EnrolmentStatus.CONFIRMED;
        confirmedAt = now;
    }

    /**
     * Marks the sessions attended (replacing what was recorded for this course's sessions). Nobody attends a session
     * that has not begun: a newly ticked session must have started by {@code now}, the portal's time, so no
     * certificate can be issued before the course took place. What was recorded before is kept as it was.
     */
    public void recordAttendance(Set<Long> sessionIds, LocalDateTime now) {
        requireStatus(EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED);
        for (var session : course.getSessions()) {
            if (sessionIds.contains(session.getId())
                    && !attendedSessions.contains(session.getId())
                    && session.getStartsAt().isAfter(now)) {
                throw BusinessException.conflict(
                        "training.attendance.notStarted", session.getStartsAt().format(SESSION_START));
            }
        }
        attendedSessions.clear();
        attendedSessions.addAll(sessionIds);
    }

    public void recordResult(CourseResult newResult) {
        requireStatus(EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED);
        this.result = newResult;
    }

    /**
     * Completion follows from the course's rule as soon as attendance or the result meets it; it is never taken
     * back (a certificate has been issued). Returns whether this call completed the enrolment.
     */
    public boolean completeIfEarned(String newCertificateCode, LocalDateTime now) {
        if (status != EnrolmentStatus.CONFIRMED || !course.isEarned(attendedSessions.size(), result)) {
            return false;
        }
        status = EnrolmentStatus.COMPLETED;
        completedAt = now;
        certificateCode = newCertificateCode;
        return true;
    }

    private void end(EnrolmentStatus ended, LocalDateTime now) {
        status = ended;
        activeKey = null;
        endedAt = now;
    }

    private void requireStatus(EnrolmentStatus... allowed) {
        for (var s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw BusinessException.conflict("training.enrolment.notActive");
    }

    public boolean isSeated() {
        return EnrolmentStatus.SEATED.contains(status);
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public Account getLearner() {
        return learner;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public long getQueueNumber() {
        return queueNumber;
    }

    public LocalDateTime getEnrolledAt() {
        return enrolledAt;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public CourseResult getResult() {
        return result;
    }

    public LocalDateTime getCompletedAt() {
        return completedAt;
    }

    public String getCertificateCode() {
        return certificateCode;
    }

    public Set<Long> getAttendedSessions() {
        return Set.copyOf(attendedSessions);
    }

    public long getVersion() {
        return version;
    }
}

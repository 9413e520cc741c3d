package vn.bentre.ocop.training.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.platform.control.BusinessException;

/**
 * A training course: what it teaches, for whom, who teaches it, how many seats it has, when enrolment is possible
 * and the sessions it meets in. Capacity 0 means closed, never unlimited.
 */
@Entity
@Table(name = "course")
@NamedQuery(name = Course.COUNT, query = "select count(c) from Course c")
@NamedQuery(name = Course.WITH_TRAINER, query = "select c from Course c join fetch c.trainer where c.id in :ids")
@NamedQuery(
        name = Course.BY_CODE,
        query = "select c from Course c join fetch c.trainer left join fetch c.sessions"
                + " where c.code = :code and c.status in :statuses")
public class Course {

    public static final String COUNT = "Course.count";
    public static final String WITH_TRAINER = "Course.withTrainer";
    public static final String BY_CODE = "Course.byCode";

    public static final int CODE_MAX = 40;
    /** Codes appear in URLs (/khoa-hoc/{code}): lower-case ASCII words joined by hyphens. */
    public static final String CODE_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static final int TITLE_MAX = 250;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int TOPIC_MAX = 120;
    public static final int DEFAULT_ATTENDANCE_PERCENT = 80;

    @Id
    @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
    private Long id;

    @NotBlank
    @Size(max = CODE_MAX)
    @Pattern(regexp = CODE_PATTERN)
    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @NotBlank
    @Size(max = DESCRIPTION_MAX)
    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @NotBlank
    @Size(max = TOPIC_MAX)
    @Column(nullable = false, length = TOPIC_MAX)
    private String topic;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CourseAudience audience;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trainer_id", nullable = false)
    private Account trainer;

    @Min(0)
    @Column(nullable = false)
    private int capacity;

    @NotNull
    @Column(name = "enrol_opens_at", nullable = false)
    private LocalDateTime enrolOpensAt;

    @NotNull
    @Column(name = "enrol_closes_at", nullable = false)
    private LocalDateTime enrolClosesAt;

    @NotNull
    @Column(name = "cancel_cutoff_at", nullable = false)
    private LocalDateTime cancelCutoffAt;

    @Positive
    @Column(nullable = false)
    private int hours;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseStatus status;

    /** Share of the sessions a learner must attend to complete the course. */
    @Min(1)
    @Max(100)
    @Column(name = "attendance_percent", nullable = false)
    private int attendancePercent = DEFAULT_ATTENDANCE_PERCENT;

    /** Whether completion also needs a passing result recorded by the trainer. */
    @Column(name = "result_required", nullable = false)
    private boolean resultRequired;

    /** The last queue number handed out; only ever read and raised under this row's lock. */
    @Column(name = "queue_counter", nullable = false)
    private long queueCounter;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "course", fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CourseSession> sessions = new ArrayList<>();

    /** Training materials (content items) linked to the course, by id: content owns them. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_material", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "content_item_id", nullable = false)
    private Set<Long> materialIds = new HashSet<>();

    @Version
    private long version;

    protected Course() {
        // for JPA
    }

    /** A new draft course; it needs an enrolment window and sessions before it can {@link #open()}. */
    public Course(
            String code,
            String title,
            String description,
            String topic,
            CourseAudience audience,
            Account trainer,
            int capacity,
            int hours,
            LocalDateTime now) {
        this.code = code;
        this.title = title;
        this.description = description;
        this.topic = topic;
        this.audience = audience;
        this.trainer = trainer;
        this.capacity = capacity;
        this.hours = hours;
        this.status = CourseStatus.DRAFT;
        this.createdAt = now;
    }

    /** Enrolment runs from {@code opens} to {@code closes}; learners may cancel until {@code cancelCutoff}. */
    public void scheduleEnrolment(LocalDateTime opens, LocalDateTime closes, LocalDateTime cancelCutoff) {
        if (opens == null || closes == null || cancelCutoff == null) {
            throw BusinessException.invalid("training.course.windowMissing");
        }
        if (!closes.isAfter(opens)) {
            throw BusinessException.invalid("training.course.windowOrder");
        }
        if (cancelCutoff.isBefore(opens)) {
            throw BusinessException.invalid("training.course.cutoffBeforeOpen");
        }
        this.enrolOpensAt = opens;
        this.enrolClosesAt = closes;
        this.cancelCutoffAt = cancelCutoff;
    }

    public CourseSession addSession(LocalDateTime startsAt, LocalDateTime endsAt, String venue, String onlineLink) {
        var session = new CourseSession(this, startsAt, endsAt, venue, onlineLink);
        sessions.add(session);
        return session;
    }

    /** Changes what the course is about; seats change through {@link #changeCapacity}, under the course's lock. */
    public void revise(
            String newTitle, String newDescription, String newTopic, CourseAudience newAudience, int newHours) {
        this.title = newTitle;
        this.description = newDescription;
        this.topic = newTopic;
        this.audience = newAudience;
        this.hours = newHours;
    }

    /** Drops a session (and the attendance recorded for it). */
    public void removeSession(long sessionId) {
        sessions.removeIf(s -> s.getId() != null && s.getId() == sessionId);
    }

    /** Publishes the course in the catalogue; a course without a session or an enrolment window is not ready. */
    public void open() {
        if (status != CourseStatus.DRAFT) {
            throw new IllegalStateException("Only a draft course is opened");
        }
        if (sessions.isEmpty() || enrolOpensAt == null) {
            throw BusinessException.conflict("training.course.notReady");
        }
        status = CourseStatus.OPEN;
    }

    /** The course has taken place: it leaves the catalogue, its page and certificates stay. */
    public void finish() {
        if (status != CourseStatus.OPEN && status != CourseStatus.CLOSED) {
            throw new IllegalStateException("Only an open or closed course finishes");
        }
        status = CourseStatus.FINISHED;
    }

    /** Whether learners can enrol at {@code now}; a course that is not open, or has no seats, is closed. */
    public EnrolmentWindow enrolmentWindowAt(LocalDateTime now) {
        if (status != CourseStatus.OPEN || capacity == 0) {
            return EnrolmentWindow.CLOSED;
        }
        if (now.isBefore(enrolOpensAt)) {
            return EnrolmentWindow.NOT_YET_OPEN;
        }
        return now.isBefore(enrolClosesAt) ? EnrolmentWindow.OPEN : EnrolmentWindow.CLOSED;
    }

    /**
     * Takes a learner in, deciding on a seat or the waiting list. The caller holds this course's row lock and
     * passes the seats taken ({@code seated}, confirmed plus completed) counted under that lock, so two callers
     * can never both see the last seat free. Refusals are bundle keys the learner can act on.
     */
    public Enrolment admit(Account learner, long seated, LocalDateTime now) {
        if (status != CourseStatus.OPEN) {
            throw BusinessException.conflict("training.enrol.notOpen");
        }
        if (capacity == 0) {
            throw BusinessException.conflict("training.enrol.noSeats");
        }
        if (now.isBefore(enrolOpensAt)) {
            throw BusinessException.conflict("training.enrol.notYetOpen");
        }
        if (!now.isBefore(enrolClosesAt)) {
            throw BusinessException.conflict("training.enrol.windowClosed");
        }
        if (!audience.admits(learner.getLearnerGroup())) {
            throw BusinessException.conflict("training.enrol.audience");
        }
        var outcome = seated < capacity ? EnrolmentStatus.CONFIRMED : EnrolmentStatus.WAITLISTED;
        queueCounter++;
        return new Enrolment(this, learner, outcome, queueCounter, now);
    }

    /**
     * Changes the number of seats; refused below the seats already taken. Returns how many seats are free
     * afterwards, for the caller to promote that many from the waiting list.
     */
    public long changeCapacity(int newCapacity, long seated) {
        if (newCapacity < 0) {
            throw BusinessException.invalid("training.capacity.negative");
        }
        if (newCapacity < seated) {
            throw BusinessException.conflict("training.capacity.belowConfirmed", seated);
        }
        capacity = newCapacity;
        return newCapacity - seated;
    }

    /** The completion rule: enough sessions attended, and a pass where the course has a result. */
    public boolean isEarned(int sessionsAttended, CourseResult result) {
        int total = sessions.size();
        boolean attended = total > 0 && sessionsAttended * 100L >= (long) attendancePercent * total;
        return attended && (!resultRequired || result == CourseResult.PASSED);
    }

    /** Sets the completion rule: the share of sessions to attend and whether a passing result is needed. */
    public void completionRule(int percent, boolean needsResult) {
        if (percent < 1 || percent > 100) {
            throw BusinessException.invalid("training.course.attendancePercent");
        }
        this.attendancePercent = percent;
        this.resultRequired = needsResult;
    }

    /** Replaces the linked training materials. */
    public void linkMaterials(Set<Long> itemIds) {
        materialIds.clear();
        materialIds.addAll(itemIds);
    }

    public Set<Long> getMaterialIds() {
        return Set.copyOf(materialIds);
    }

    /** Seats still free, given the seats taken. */
    public long seatsLeft(long seated) {
        return Math.max(0, capacity - seated);
    }

    public int getAttendancePercent() {
        return attendancePercent;
    }

    public boolean isResultRequired() {
        return resultRequired;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getTopic() {
        return topic;
    }

    public CourseAudience getAudience() {
        return audience;
    }

    public Account getTrainer() {
        return trainer;
    }

    public int getCapacity() {
        return capacity;
    }

    public LocalDateTime getEnrolOpensAt() {
        return enrolOpensAt;
    }

    public LocalDateTime getEnrolClosesAt() {
        return enrolClosesAt;
    }

    public LocalDateTime getCancelCutoffAt() {
        return cancelCutoffAt;
    }

    public int getHours() {
        return hours;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** The sessions in time order. */
    public List<CourseSession> getSessions() {
        return sessions.stream()
                .sorted(Comparator.comparing(CourseSession::getStartsAt))
                .toList();
    }

    public long getVersion() {
        return version;
    }
}

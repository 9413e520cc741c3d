package vn.bentre.ocop.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDateTime;
import vn.bentre.ocop.platform.control.BusinessException;

/** One meeting of a course: when, and where or at which online link. Created through {@link Course#addSession}. */
@Entity
@Table(name = "course_session")
public class CourseSession {

    public static final int VENUE_MAX = 300;
    public static final int LINK_MAX = 500;

    @Id
    @SequenceGenerator(name = "course_session_seq", sequenceName = "course_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_session_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @NotNull
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @NotNull
    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Size(max = VENUE_MAX)
    @Column(length = VENUE_MAX)
    private String venue;

    @Size(max = LINK_MAX)
    @Pattern(regexp = "^https://\\S+$", message = "{training.session.link.invalid}")
    @Column(name = "online_link", length = LINK_MAX)
    private String onlineLink;

    protected CourseSession() {
        // for JPA
    }

    CourseSession(Course course, LocalDateTime startsAt, LocalDateTime endsAt, String venue, String onlineLink) {
        this.course = course;
        reschedule(startsAt, endsAt, venue, onlineLink);
    }

    /** Moves the session or its place; it ends after it starts and takes place at a venue, online, or both. */
    public void reschedule(LocalDateTime newStart, LocalDateTime newEnd, String newVenue, String newLink) {
        if (newStart == null || newEnd == null || !newEnd.isAfter(newStart)) {
            throw BusinessException.invalid("training.session.order");
        }
        boolean noVenue = newVenue == null || newVenue.isBlank();
        boolean noLink = newLink == null || newLink.isBlank();
        if (noVenue && noLink) {
            throw BusinessException.invalid("training.session.place");
        }
        this.startsAt = newStart;
        this.endsAt = newEnd;
        this.venue = noVenue ? null : newVenue.strip();
        this.onlineLink = noLink ? null : newLink.strip();
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getVenue() {
        return venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }
}

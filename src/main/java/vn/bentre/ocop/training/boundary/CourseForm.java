package vn.bentre.ocop.training.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import vn.bentre.ocop.training.entity.Course;
import vn.bentre.ocop.training.entity.CourseAudience;
import vn.bentre.ocop.training.entity.CourseSession;

/** What a trainer types to create or change a course; the code is fixed once created (it is in URLs). */
public record CourseForm(
        @NotBlank @Size(max = Course.CODE_MAX) @Pattern(regexp = Course.CODE_PATTERN)
        String code,

        @NotBlank @Size(max = Course.TITLE_MAX) String title,
        @NotBlank @Size(max = Course.DESCRIPTION_MAX) String description,
        @NotBlank @Size(max = Course.TOPIC_MAX) String topic,
        @NotNull CourseAudience audience,
        @Min(0) @Max(10_000) int capacity,
        @Min(1) @Max(1_000) int hours,
        @NotNull LocalDateTime enrolOpensAt,
        @NotNull LocalDateTime enrolClosesAt,
        @NotNull LocalDateTime cancelCutoffAt,
        @Min(1) @Max(100) int attendancePercent,
        boolean resultRequired,
        @NotEmpty @Valid List<Session> sessions,
        @NotNull Set<Long> materialIds) {

    /** One session; {@code id} is null for a new one. */
    public record Session(
            Long id,
            @NotNull LocalDateTime startsAt,
            @NotNull LocalDateTime endsAt,
            @Size(max = CourseSession.VENUE_MAX) String venue,

            @Size(max = CourseSession.LINK_MAX)
            @Pattern(regexp = "^$|^https://\\S+$", message = "{training.session.link.invalid}")
            String onlineLink) {}
}

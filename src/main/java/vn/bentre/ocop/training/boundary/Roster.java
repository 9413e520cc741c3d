package vn.bentre.ocop.training.boundary;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import vn.bentre.ocop.training.entity.Course;
import vn.bentre.ocop.training.entity.CourseResult;
import vn.bentre.ocop.training.entity.CourseSession;
import vn.bentre.ocop.training.entity.EnrolmentStatus;

/**
 * A course's roster for its trainer: seated learners (confirmed or completed) and the waiting list in order, as read
 * {@code at} the portal's time (attendance can be ticked only for sessions that have begun by then).
 */
public record Roster(
        Course course, List<CourseSession> sessions, List<Row> seated, List<Row> waitlisted, LocalDateTime at) {

    /** One learner on the roster; {@code position} counts from 1 on the waiting list, 0 for the seated. */
    public record Row(
            long enrolmentId,
            long learnerId,
            String name,
            String email,
            String phone,
            String organisation,
            EnrolmentStatus status,
            int position,
            Set<Long> attended,
            CourseResult result,
            String certificateCode,
            LocalDateTime enrolledAt) {

        public boolean isCompleted() {
            return status == EnrolmentStatus.COMPLETED;
        }
    }

    /** Whether the session has started, so attendance can be recorded for it. */
    public boolean begun(CourseSession session) {
        return !session.getStartsAt().isAfter(at);
    }

    public long seatsLeft() {
        return course.seatsLeft(seated.size());
    }
}

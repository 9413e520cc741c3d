package vn.bentre.ocop.training.boundary;

import java.time.LocalDateTime;
import vn.bentre.ocop.training.entity.EnrolmentStatus;

/**
 * One of a learner's enrolments as they see it: the course, where they stand, their place in the queue (from 1,
 * only while waitlisted) and the certificate code once completed.
 */
public record MyEnrolment(
        long id,
        long courseId,
        String courseCode,
        String courseTitle,
        int hours,
        LocalDateTime firstStart,
        LocalDateTime lastEnd,
        LocalDateTime cancelCutoff,
        EnrolmentStatus status,
        Long position,
        String certificateCode) {

    public boolean isWaitlisted() {
        return status == EnrolmentStatus.WAITLISTED;
    }

    public boolean isConfirmed() {
        return status == EnrolmentStatus.CONFIRMED;
    }

    public boolean isCompleted() {
        return status == EnrolmentStatus.COMPLETED;
    }

    /** Whether the learner may still cancel at {@code now}. */
    public boolean cancellableAt(LocalDateTime now) {
        return (isConfirmed() || isWaitlisted()) && now.isBefore(cancelCutoff);
    }
}

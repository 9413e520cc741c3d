package vn.bentre.ocop.training.boundary;

import java.time.LocalDateTime;
import vn.bentre.ocop.training.entity.Course;
import vn.bentre.ocop.training.entity.EnrolmentWindow;

/**
 * A course as the catalogue shows it: when it starts, whether enrolment is open at the time of reading, and the
 * seats still free (counted when read; the decision itself is always taken again under the course's lock).
 */
public record CourseSummary(Course course, LocalDateTime firstStart, EnrolmentWindow enrolment, long seatsLeft) {

    public boolean isFull() {
        return seatsLeft == 0;
    }
}

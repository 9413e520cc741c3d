package vn.bentre.ocop.training.boundary;

import java.time.LocalDateTime;
import vn.bentre.ocop.training.entity.Course;
import vn.bentre.ocop.training.entity.EnrolmentWindow;

/** A course as the catalogue shows it: when it starts and whether enrolment is open at the time of reading. */
public record CourseSummary(Course course, LocalDateTime firstStart, EnrolmentWindow enrolment) {}

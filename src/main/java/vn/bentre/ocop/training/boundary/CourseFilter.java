package vn.bentre.ocop.training.boundary;

import java.time.YearMonth;
import vn.bentre.ocop.training.entity.CourseAudience;

/**
 * The catalogue's filters, each optional (null: any): one topic, one audience, courses with a session in a month,
 * and only courses with seats left.
 */
public record CourseFilter(String topic, CourseAudience audience, YearMonth month, boolean withSeatsLeft) {

    public static final CourseFilter NONE = new CourseFilter(null, null, null, false);
}

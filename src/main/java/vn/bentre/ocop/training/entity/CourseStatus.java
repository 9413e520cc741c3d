package vn.bentre.ocop.training.entity;

import java.util.List;

/** A course's life: drafted, opened to the public, closed to enrolment, finished, or cancelled. */
public enum CourseStatus {
    DRAFT,
    OPEN,
    CLOSED,
    FINISHED,
    CANCELLED;

    /** Courses the catalogue lists while they have a session still to come. */
    public static final List<CourseStatus> LISTED = List.of(OPEN, CLOSED);
    /** Courses whose page anyone may read: everything that has left the draft. */
    public static final List<CourseStatus> PUBLIC = List.of(OPEN, CLOSED, FINISHED, CANCELLED);
}

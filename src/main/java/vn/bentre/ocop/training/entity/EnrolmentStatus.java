package vn.bentre.ocop.training.entity;

import java.util.List;

/**
 * Where an enrolment stands. Confirmed, waitlisted and completed enrolments are active: a learner holds at most one
 * of them per course (a unique index says so). Cancelled and removed ones are history.
 */
public enum EnrolmentStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED,
    REMOVED,
    COMPLETED;

    public static final List<EnrolmentStatus> ACTIVE = List.of(CONFIRMED, WAITLISTED, COMPLETED);
    /** Enrolments that hold a seat: the ones counted against capacity. */
    public static final List<EnrolmentStatus> SEATED = List.of(CONFIRMED, COMPLETED);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}

package vn.bentre.ocop.training.entity;

/** Where a moment falls relative to a course's enrolment window. */
public enum EnrolmentWindow {
    NOT_YET_OPEN,
    OPEN,
    CLOSED
}

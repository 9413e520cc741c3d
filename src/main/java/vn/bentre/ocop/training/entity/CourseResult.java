package vn.bentre.ocop.training.entity;

/** A learner's result in a course that has one. */
public enum CourseResult {
    PASSED,
    FAILED
}

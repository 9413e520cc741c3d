package vn.bentre.ocop.identity.entity;

/** What a signed-in person may do. Anonymous readers have no account and no role. */
public enum Role {
    /** Officials and managers of cooperatives and enterprises who enrol in courses. */
    LEARNER,
    /** Writes training materials and runs courses. */
    TRAINER,
    /** Writes news and bulletins; reviews and publishes what others submit. */
    EDITOR,
    /** Runs the programme: users, organisations, courses, products, reports. */
    ADMIN
}

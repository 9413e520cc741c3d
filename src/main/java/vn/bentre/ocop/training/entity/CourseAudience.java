package vn.bentre.ocop.training.entity;

/** Who a course is meant for; the programme trains its own officials as well as the entities' managers. */
public enum CourseAudience {
    OFFICIALS,
    COOP_MANAGERS,
    ENTERPRISE_MANAGERS,
    ANYONE
}

package vn.bentre.ocop.training.entity;

import vn.bentre.ocop.identity.entity.LearnerGroup;

/** Who a course is meant for; the programme trains its own officials as well as the entities' managers. */
public enum CourseAudience {
    OFFICIALS(LearnerGroup.OFFICIAL),
    COOP_MANAGERS(LearnerGroup.COOP_MANAGER),
    ENTERPRISE_MANAGERS(LearnerGroup.ENTERPRISE_MANAGER),
    ANYONE(null);

    private final LearnerGroup group;

    CourseAudience(LearnerGroup group) {
        this.group = group;
    }

    /** Whether a learner of this group (null: not stated) may enrol: anyone may take a course for anyone. */
    public boolean admits(LearnerGroup learner) {
        return this == ANYONE || group == learner;
    }
}

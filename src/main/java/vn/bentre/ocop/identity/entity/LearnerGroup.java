package vn.bentre.ocop.identity.entity;

/**
 * What kind of learner a person is, as they state it in their profile; courses meant for one audience admit only
 * that group. Not stated means only courses for anyone.
 */
public enum LearnerGroup {
    OFFICIAL,
    COOP_MANAGER,
    ENTERPRISE_MANAGER
}

package vn.bentre.ocop.directory.entity;

/** What a person is in an organisation: its manager, one of its members, or an official who works with it. */
public enum MemberPosition {
    MANAGER,
    MEMBER,
    OFFICIAL
}

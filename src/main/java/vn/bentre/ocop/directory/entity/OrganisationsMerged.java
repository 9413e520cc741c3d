package vn.bentre.ocop.directory.entity;

/**
 * Fired (synchronously, inside the merge's transaction) when a duplicate organisation is merged into the one kept:
 * components whose rows point at organisations move them to {@code keptId} before the duplicate is removed.
 */
public record OrganisationsMerged(long keptId, long duplicateId) {}

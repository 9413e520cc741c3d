package vn.bentre.ocop.directory.entity;

/**
 * The tier of an administrative unit. Since 1 July 2025 local government has two tiers (province, commune);
 * {@link #DISTRICT} remains for the units that records made before then refer to.
 */
public enum AdminLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE
}

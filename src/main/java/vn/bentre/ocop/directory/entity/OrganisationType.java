package vn.bentre.ocop.directory.entity;

/** The kinds of OCOP entity (chủ thể) and partner the programme reports on separately. */
public enum OrganisationType {
    COOPERATIVE,
    ENTERPRISE,
    HOUSEHOLD_BUSINESS,
    AGENCY,
    CRAFT_VILLAGE
}

package vn.bentre.ocop.platform.control;

/**
 * The portal's role names as compile-time constants for {@code @RolesAllowed}. They live in platform so that
 * every component, platform included, can name a role; {@code identity.entity.Role} is the same set as an enum.
 */
public final class RoleNames {

    public static final String LEARNER = "LEARNER";
    public static final String TRAINER = "TRAINER";
    public static final String EDITOR = "EDITOR";
    public static final String ADMIN = "ADMIN";

    private RoleNames() {}
}

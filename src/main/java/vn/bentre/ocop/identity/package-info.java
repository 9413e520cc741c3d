/**
 * Identity: accounts, roles, registration, sign-in with throttling, password hashing, the current user.
 *
 * <p>Uses platform only. Roles are the four of {@link vn.bentre.ocop.identity.entity.Role}; pages check them by
 * folder (web.xml) and every service checks them again with {@code @RolesAllowed}.
 */
package vn.bentre.ocop.identity;

package vn.bentre.ocop.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.Role;

/**
 * Who is asking, for pages and filters: loaded at most once per request, and never creating a session for an
 * anonymous reader.
 */
@Named
@RequestScoped
public class CurrentUser {

    /** The servlet request rather than SecurityContext: it also knows the caller on error pages. */
    @Inject
    HttpServletRequest request;

    @PersistenceContext
    EntityManager em;

    private Optional<Account> account;

    /** The signed-in account, if any. */
    public Optional<Account> account() {
        if (account == null) {
            var principal = request.getUserPrincipal();
            account = principal == null
                    ? Optional.empty()
                    : parse(principal.getName()).map(id -> em.find(Account.class, id));
        }
        return account;
    }

    public Optional<Long> id() {
        return account().map(Account::getId);
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public String getDisplayName() {
        return account().map(Account::getFullName).orElse("");
    }

    /*
     * The menus follow the account's roles as stored, not the container's role check: it shows a role change at
     * once, and the container's check fails on some error-page dispatches. Access itself is still decided by the
     * container (folders in web.xml, @RolesAllowed on services).
     */
    public boolean hasRole(Role role) {
        return account().map(a -> a.hasRole(role)).orElse(false);
    }

    public boolean isLearner() {
        return hasRole(Role.LEARNER);
    }

    public boolean isTrainer() {
        return hasRole(Role.TRAINER) || isAdmin();
    }

    public boolean isEditor() {
        return hasRole(Role.EDITOR) || isAdmin();
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    private static Optional<Long> parse(String name) {
        try {
            return Optional.of(Long.valueOf(name));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

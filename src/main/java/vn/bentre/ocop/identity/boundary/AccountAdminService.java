package vn.bentre.ocop.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import vn.bentre.ocop.identity.control.SignInThrottle;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.platform.control.AuditLog;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.RoleNames;

/** Administrators manage every account: find, change roles, disable and enable, lift a sign-in throttle. */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class AccountAdminService {

    public static final int MAX_PAGE = 100;

    /** A page of accounts and how many match in all. */
    public record Page(List<Account> accounts, long total) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    AuditLog audit;

    @Inject
    SignInThrottle throttle;

    /** Accounts whose name or e-mail contains {@code text} (any case), optionally with one role, newest first. */
    public Page find(@Size(max = 100) String text, Role role, @Min(0) int first, @Min(1) @Max(MAX_PAGE) int max) {
        var where = new StringBuilder(" from Account a where 1 = 1");
        var params = new ArrayList<Object[]>();
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(a.email) like :text escape '\\' or lower(a.fullName) like :text escape '\\')");
            params.add(new Object[] {"text", "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%"});
        }
        if (role != null) {
            where.append(" and :role member of a.roles");
            params.add(new Object[] {"role", role});
        }
        var count = em.createQuery("select count(a)" + where, Long.class);
        var page = em.createQuery("select a" + where + " order by a.createdAt desc, a.id desc", Account.class);
        for (Object[] p : params) {
            count.setParameter((String) p[0], p[1]);
            page.setParameter((String) p[0], p[1]);
        }
        return new Page(page.setFirstResult(first).setMaxResults(max).getResultList(), count.getSingleResult());
    }

    public void changeRoles(long accountId, @NotNull @NotEmpty Set<Role> roles) {
        var account = get(accountId);
        if (isSelf(account) && !roles.contains(Role.ADMIN)) {
            throw BusinessException.invalid("admin.users.cannotDemoteSelf");
        }
        var before = new TreeSet<>(account.getRoles());
        account.changeRoles(roles);
        audit.record(
                "ROLES_CHANGED",
                "ACCOUNT",
                accountId,
                account.getEmail() + ": " + before + " -> " + new TreeSet<>(roles));
    }

    public void disable(long accountId) {
        var account = get(accountId);
        if (isSelf(account)) {
            throw BusinessException.invalid("admin.users.cannotDisableSelf");
        }
        account.disable();
        audit.record("ACCOUNT_DISABLED", "ACCOUNT", accountId, account.getEmail());
    }

    public void enable(long accountId) {
        var account = get(accountId);
        account.enable();
        audit.record("ACCOUNT_ENABLED", "ACCOUNT", accountId, account.getEmail());
    }

    /**
     * Lifts the sign-in throttle of an account (its owner asked, or an attack is over): failed attempts to its e-mail
     * are forgotten at once. The attackers' own source addresses stay throttled.
     */
    public void liftSignInThrottle(long accountId) {
        var account = get(accountId);
        throttle.lift(account.getEmail());
        audit.record("SIGN_IN_THROTTLE_LIFTED", "ACCOUNT", accountId, account.getEmail());
    }

    /** Which of these accounts' e-mails have their sign-ins slowed now. */
    public Set<String> signInThrottled(@NotNull @Size(max = MAX_PAGE) List<String> emails) {
        return throttle.throttled(emails);
    }

    private Account get(long id) {
        var account = em.find(Account.class, id);
        if (account == null) {
            throw BusinessException.notFound("account.notFound");
        }
        return account;
    }

    private boolean isSelf(Account account) {
        var caller = security.getCallerPrincipal();
        return caller != null && caller.getName().equals(String.valueOf(account.getId()));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

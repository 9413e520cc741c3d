package vn.bentre.ocop.view.quantri;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.bentre.ocop.identity.boundary.AccountAdminService;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.view.KeyedLazyModel;
import vn.bentre.ocop.view.Pages;

/** The administrators' list of accounts ({@code quan-tri/nguoi-dung.xhtml}): find, change roles, disable. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What the table shows of an account: small and serializable, unlike the entity. */
    public record Row(
            long id,
            String email,
            String fullName,
            Set<Role> roles,
            boolean enabled,
            LocalDateTime lastLoginAt,
            boolean signInThrottled)
            implements Serializable {

        static Row of(Account a, Set<String> throttled) {
            return new Row(
                    a.getId(),
                    a.getEmail(),
                    a.getFullName(),
                    a.getRoles(),
                    a.isEnabled(),
                    a.getLastLoginAt(),
                    throttled.contains(a.getEmail()));
        }
    }

    @Inject
    AccountAdminService admin;

    private String text;
    private Role role;
    private Row selected;
    private Role[] selectedRoles;

    private final LazyDataModel<Row> accounts = new KeyedLazyModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) admin.find(text, role, 0, 1).total();
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var page = admin.find(text, role, first, Math.min(pageSize, AccountAdminService.MAX_PAGE));
            setRowCount((int) page.total());
            var throttled = admin.signInThrottled(
                    page.accounts().stream().map(Account::getEmail).toList());
            return page.accounts().stream().map(a -> Row.of(a, throttled)).toList();
        }

        @Override
        protected long keyOf(Row row) {
            return row.id();
        }
    };

    public void edit(Row row) {
        selected = row;
        selectedRoles = row.roles().toArray(Role[]::new);
    }

    public void saveRoles() {
        if (selected == null) {
            return;
        }
        if (selectedRoles == null || selectedRoles.length == 0) {
            Pages.error("admin.users.rolesRequired");
            return;
        }
        try {
            admin.changeRoles(selected.id(), EnumSet.copyOf(List.of(selectedRoles)));
            Pages.info("admin.users.rolesSaved", selected.email());
            selected = null;
        } catch (RuntimeException refused) {
            Pages.refusal("users", refused);
        }
    }

    public void cancelEdit() {
        selected = null;
    }

    public void toggleEnabled(Row row) {
        try {
            if (row.enabled()) {
                admin.disable(row.id());
                Pages.info("admin.users.disabled", row.email());
            } else {
                admin.enable(row.id());
                Pages.info("admin.users.enabled", row.email());
            }
        } catch (RuntimeException refused) {
            Pages.refusal("users", refused);
        }
    }

    /** Lets the owner sign in again at once, from anywhere (audited). */
    public void liftSignInThrottle(Row row) {
        try {
            admin.liftSignInThrottle(row.id());
            Pages.info("admin.users.throttleLifted", row.email());
        } catch (RuntimeException refused) {
            Pages.refusal("users", refused);
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public LazyDataModel<Row> getAccounts() {
        return accounts;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Row getSelected() {
        return selected;
    }

    public Role[] getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(Role[] selectedRoles) {
        this.selectedRoles = selectedRoles;
    }
}

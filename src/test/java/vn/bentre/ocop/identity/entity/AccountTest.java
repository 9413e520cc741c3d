package vn.bentre.ocop.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 9, 0);

    Account account = new Account("  Hoc.Vien@Example.VN ", " Phạm Thị Mỹ Linh ", "hash", Set.of(Role.LEARNER), NOW);

    @Test
    void emailIsKeptTrimmedAndLowerCase() {
        assertThat(account.getEmail()).isEqualTo("hoc.vien@example.vn");
        assertThat(account.getFullName()).isEqualTo("Phạm Thị Mỹ Linh");
    }

    @Test
    void successfulSignInIsRemembered() {
        account.recordSuccessfulLogin(NOW.plusMinutes(3));

        assertThat(account.getFailedLogins()).isZero();
        assertThat(account.getLastLoginAt()).isEqualTo(NOW.plusMinutes(3));
    }

    @Test
    void anAccountKeepsAtLeastOneRole() {
        assertThatThrownBy(() -> account.changeRoles(Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(account.getRoles()).containsExactly(Role.LEARNER);

        account.changeRoles(Set.of(Role.TRAINER, Role.EDITOR));

        assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.TRAINER, Role.EDITOR);
        assertThat(account.hasRole(Role.LEARNER)).isFalse();
    }

    @Test
    void aDisabledAccountCanBeEnabledAgain() {
        account.disable();

        account.enable();

        assertThat(account.isEnabled()).isTrue();
        assertThat(account.getLockedUntil()).isNull();
    }

    @Test
    void blankProfileFieldsAreStoredAsNothing() {
        account.updateProfile("Phạm Thị Mỹ Linh", "  ", "", " HTX Dừa Thạnh Phú ");

        assertThat(account.getPhone()).isNull();
        assertThat(account.getOrganisationName()).isNull();
        assertThat(account.getPositionTitle()).isEqualTo("HTX Dừa Thạnh Phú");
    }
}

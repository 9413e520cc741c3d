package vn.bentre.ocop.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
    void fourFailuresDoNotLockTheFifthDoesForOneMinute() {
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(NOW);
        }
        assertThat(account.isLocked(NOW)).isFalse();

        account.recordFailedLogin(NOW);

        assertThat(account.isLocked(NOW.plusSeconds(59))).isTrue();
        assertThat(account.isLocked(NOW.plusMinutes(1))).isFalse();
    }

    @Test
    void lockDoublesWithEachFurtherFailureButNeverExceedsFifteenMinutes() {
        assertThat(Account.lockDuration(4)).isEmpty();
        assertThat(Account.lockDuration(5)).contains(Duration.ofMinutes(1));
        assertThat(Account.lockDuration(6)).contains(Duration.ofMinutes(2));
        assertThat(Account.lockDuration(8)).contains(Duration.ofMinutes(8));
        assertThat(Account.lockDuration(9)).contains(Duration.ofMinutes(15));
        assertThat(Account.lockDuration(500)).contains(Duration.ofMinutes(15));
    }

    @Test
    void successfulSignInClearsFailures() {
        for (int i = 0; i < 6; i++) {
            account.recordFailedLogin(NOW);
        }

        account.recordSuccessfulLogin(NOW.plusMinutes(3));

        assertThat(account.getFailedLogins()).isZero();
        assertThat(account.isLocked(NOW.plusMinutes(3))).isFalse();
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
    void enablingADisabledAccountAlsoLiftsItsLock() {
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(NOW);
        }
        account.disable();

        account.enable();

        assertThat(account.isEnabled()).isTrue();
        assertThat(account.isLocked(NOW)).isFalse();
    }

    @Test
    void blankProfileFieldsAreStoredAsNothing() {
        account.updateProfile("Phạm Thị Mỹ Linh", "  ", "", " HTX Dừa Thạnh Phú ");

        assertThat(account.getPhone()).isNull();
        assertThat(account.getOrganisationName()).isNull();
        assertThat(account.getPositionTitle()).isEqualTo("HTX Dừa Thạnh Phú");
    }
}

package vn.bentre.ocop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bentre.ocop.identity.boundary.AccountAdminService;
import vn.bentre.ocop.identity.boundary.AccountService;
import vn.bentre.ocop.identity.boundary.LoginService;
import vn.bentre.ocop.identity.boundary.Registration;
import vn.bentre.ocop.identity.control.DemoAccounts;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.support.Deployments;

/** Accounts on the real database inside Payara Micro: seeding, hashing, uniqueness, throttling, role checks. */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(IdentityIT.class, TestAccounts.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    AccountAdminService admin;

    @Inject
    LoginService logins;

    @Inject
    TestAccounts stored;

    @Test
    void firstStartLoadsOneDemoAccountPerRole() {
        for (var entry : java.util.Map.of(
                        DemoAccounts.ADMIN,
                        Role.ADMIN,
                        DemoAccounts.EDITOR,
                        Role.EDITOR,
                        DemoAccounts.TRAINER,
                        Role.TRAINER,
                        DemoAccounts.LEARNER,
                        Role.LEARNER)
                .entrySet()) {
            var account = byEmail(entry.getKey());
            assertThat(account.getRoles()).containsExactly(entry.getValue());
            assertThat(account.getFullName()).isNotBlank();
        }
    }

    @Test
    void passwordsAreStoredAsPbkdf2WithAtLeast210000Iterations() {
        String hash = byEmail(DemoAccounts.LEARNER).getPasswordHash();

        assertThat(hash).startsWith("PBKDF2WithHmacSHA256:").doesNotContain(DemoAccounts.PASSWORD);
        assertThat(Integer.parseInt(hash.split(":")[1])).isGreaterThanOrEqualTo(210_000);
    }

    @Test
    void registrationStoresTheLearnerAndSignInWorks() {
        String email = unique("Le.Thi.Hong");
        accounts.register(new Registration(
                email,
                "Lê Thị Hồng",
                "0275 3822 111",
                "HTX Bưởi da xanh Mỏ Cày",
                "Phó giám đốc",
                "bưởi da xanh ngon nhất"));

        var signedIn = logins.authenticate(email.toUpperCase(), "bưởi da xanh ngon nhất");

        assertThat(signedIn).isPresent();
        assertThat(signedIn.get().roles()).containsExactly(Role.LEARNER);
        assertThat(byEmail(email).getOrganisationName()).isEqualTo("HTX Bưởi da xanh Mỏ Cày");
    }

    @Test
    void theSameEmailInAnotherCaseCannotRegisterTwice() {
        String email = unique("tran.van.binh");
        accounts.register(new Registration(email, "Trần Văn Bình", null, null, null, "kẹo dừa Mỏ Cày Nam"));

        assertThatThrownBy(() -> accounts.register(new Registration(
                        email.toUpperCase(), "Trần Văn Bình", null, null, null, "kẹo dừa Mỏ Cày Nam 2")))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("account.emailTaken");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        String email = unique("vo.thi.mai");
        accounts.register(new Registration(email, "Võ Thị Mai", null, null, null, "chanh muối Hải Phượng"));

        for (int i = 0; i < Account.FAILURES_BEFORE_LOCK; i++) {
            assertThat(logins.authenticate(email, "sai mật khẩu " + i)).isEmpty();
        }

        assertThat(logins.authenticate(email, "chanh muối Hải Phượng"))
                .as("locked for a minute")
                .isEmpty();
        assertThat(byEmail(email).getLockedUntil()).isNotNull();
    }

    @Test
    void disabledAccountCannotSignIn() {
        String email = unique("ngo.van.tuan");
        accounts.register(new Registration(email, "Ngô Văn Tuấn", null, null, null, "xoài cát Hòa Lộc"));

        stored.disable(email);

        assertThat(logins.authenticate(email, "xoài cát Hòa Lộc")).isEmpty();
    }

    @Test
    void anAnonymousCallerCannotReadOrChangeAccounts() {
        long learner = byEmail(DemoAccounts.LEARNER).getId();

        assertThatThrownBy(() -> admin.find(null, null, 0, 10))
                .isInstanceOfAny(EJBAccessException.class, AccessLocalException.class);
        assertThatThrownBy(() -> admin.changeRoles(learner, Set.of(Role.ADMIN)))
                .isInstanceOfAny(EJBAccessException.class, AccessLocalException.class);
        assertThatThrownBy(() -> accounts.current())
                .isInstanceOfAny(EJBAccessException.class, AccessLocalException.class);
        assertThat(byEmail(DemoAccounts.LEARNER).getRoles()).containsExactly(Role.LEARNER);
    }

    private Account byEmail(String email) {
        return stored.byEmail(email);
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }
}

package vn.bentre.ocop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
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
import vn.bentre.ocop.identity.control.PasswordHasher;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.support.Deployments;

/**
 * Accounts on the real database inside Payara Micro: seeding, hashing, uniqueness without enumeration, registration
 * limits, sign-in throttling that slows guessers but never locks the owner out, role checks.
 */
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

    @Inject
    PasswordHasher hasher;

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
    void passwordsAreStoredAsArgon2idAtOwaspsSettingsOrAbove() {
        String hash = byEmail(DemoAccounts.LEARNER).getPasswordHash();

        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=\\d+,t=\\d+,p=\\d+\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+");
        var cost = java.util.regex.Pattern.compile("m=(\\d+),t=(\\d+),p=(\\d+)").matcher(hash);
        assertThat(cost.find()).isTrue();
        assertThat(Integer.parseInt(cost.group(1))).as("memory, KiB").isGreaterThanOrEqualTo(19_456);
        assertThat(Integer.parseInt(cost.group(2))).as("passes").isGreaterThanOrEqualTo(2);
        assertThat(Integer.parseInt(cost.group(3))).as("lanes").isGreaterThanOrEqualTo(1);
        assertThat(hash).doesNotContain(DemoAccounts.PASSWORD);
    }

    @Test
    void anAccountWithAnOldPbkdf2HashSignsInAndItsHashIsRemadeAsArgon2id() {
        String email = unique("nguyen.van.cu");
        accounts.register(new Registration(email, "Nguyễn Văn Cũ", null, null, null, "mật ong hoa dừa Chợ Lách"));
        String old = stored.storeOldPbkdf2Hash(email, "mật ong hoa dừa Chợ Lách");
        assertThat(old).startsWith("PBKDF2WithHmacSHA256:600000:");

        assertThat(logins.authenticate(email, "mật ong hoa dừa Chợ Lách")).isPresent();

        String remade = byEmail(email).getPasswordHash();
        assertThat(remade).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(logins.authenticate(email, "mật ong hoa dừa Chợ Lách"))
                .as("and signs in with the new hash")
                .isPresent();
        assertThat(logins.authenticate(email, "mat ong hoa dua Cho Lach")).isEmpty();
        assertThat(byEmail(email).getPasswordHash()).as("made once, kept").isEqualTo(remade);
    }

    @Test
    void aClassSigningInTogetherBehindOneAddressIsNeverRefused() throws Exception {
        String hall = "198.51.100.120"; // a training hall behind one address
        String hash = hasher.hash("bánh phồng Sơn Đốc");
        var emails = new java.util.ArrayList<String>();
        for (int i = 0; i < 40; i++) {
            emails.add(unique("lop.hoc." + i));
            stored.create(emails.getLast(), hash);
        }

        var signedIn = new java.util.concurrent.atomic.AtomicInteger();
        var start = new java.util.concurrent.CyclicBarrier(emails.size());
        try (var room = java.util.concurrent.Executors.newFixedThreadPool(emails.size())) {
            for (String email : emails) {
                room.submit(() -> {
                    start.await();
                    if (logins.attempt(email, "bánh phồng Sơn Đốc", hall)
                            .signedIn()
                            .isPresent()) {
                        signedIn.incrementAndGet();
                    }
                    return null;
                });
            }
        }

        assertThat(signedIn.get())
                .as("40 learners at once from one address, more than its 20 free failures")
                .isEqualTo(40);
        int throttled = 0;
        for (int i = 0; i < 22; i++) {
            if (logins.attempt(emails.get(i), "sai mật khẩu", hall).retryAfter().isPresent()) {
                throttled++;
            }
        }
        assertThat(throttled)
                .as("failures from that address are still counted and slow it down")
                .isPositive();
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
    void registeringAnAddressInUseAnswersAsForANewOneAndMailsItsOwnerInstead() {
        String email = unique("tran.van.binh");
        var first = accounts.register(
                new Registration(email, "Trần Văn Bình", null, null, null, "kẹo dừa Mỏ Cày Nam"), "198.51.100.31");

        var second = accounts.register(
                new Registration(email.toUpperCase(), "Kẻ Mạo Danh", null, null, null, "kẹo dừa Mỏ Cày Nam 2"),
                "203.0.113.31");

        assertThat(first).as("a new address gets its account").isPresent();
        assertThat(second).as("no exception, no second account").isEmpty();
        assertThat(stored.accountsWithEmail(email)).isEqualTo(1);
        assertThat(byEmail(email).getFullName()).isEqualTo("Trần Văn Bình");
        assertThat(logins.authenticate(email, "kẹo dừa Mỏ Cày Nam 2"))
                .as("the password typed the second time changed nothing")
                .isEmpty();
        assertThat(stored.mailCategories(email)).containsExactly("REGISTRATION_WELCOME", "REGISTRATION_EXISTING");
    }

    @Test
    void oneSourceRegistersAtMostTwentyTimesAnHourWhetherTheAddressesAreNewOrNot() {
        String source = "203.0.113.40";
        for (int i = 0; i < 20; i++) {
            String email = i % 2 == 0 ? unique("hang.loat." + i) : DemoAccounts.LEARNER;
            accounts.register(
                    new Registration(email, "Đăng Ký Hàng Loạt", null, null, null, "dừa sáp Cầu Kè " + i), source);
        }

        assertThatThrownBy(() -> accounts.register(
                        new Registration(unique("thu.21"), "Đăng Ký Hàng Loạt", null, null, null, "dừa sáp Cầu Kè 21"),
                        source))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("register.tooMany");
        assertThat(accounts.register(
                        new Registration(unique("nguoi.khac"), "Người Khác", null, null, null, "dừa sáp Cầu Kè 22"),
                        "198.51.100.40"))
                .as("another source is not affected")
                .isPresent();
    }

    @Test
    void anAttackerElsewhereCannotLockTheOwnerOutAndTheOwnerIsToldOnce() {
        String email = unique("vo.thi.mai");
        accounts.register(new Registration(email, "Võ Thị Mai", null, null, null, "chanh muối Hải Phượng"));
        String home = "198.51.100.50";
        assertThat(logins.attempt(email, "chanh muối Hải Phượng", home).signedIn())
                .isPresent();

        int throttled = 0;
        for (int i = 0; i < 12; i++) {
            if (logins.attempt(email, "sai mật khẩu " + i, "203.0.113." + (60 + i)) // a guesser on many addresses
                    .retryAfter()
                    .isPresent()) {
                throttled++;
            }
        }

        assertThat(throttled).as("the guesser is slowed down").isPositive();
        assertThat(logins.attempt(email, "chanh muối Hải Phượng", home).signedIn())
                .as("the owner signs in at once from where she signed in before")
                .isPresent();
        for (int i = 0; i < 6; i++) {
            logins.attempt(email, "sai lần nữa " + i, "203.0.113.90");
        }
        var elsewhere = logins.attempt(email, "chanh muối Hải Phượng", "192.0.2.50");
        assertThat(elsewhere.retryAfter().orElse(Duration.ZERO))
                .as("from a new address she waits, but never more than a minute")
                .isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(stored.mailCategories(email)).containsOnlyOnce("SIGN_IN_THROTTLED");
    }

    @Test
    void oneSourceGuessingManyAddressesIsSlowedWhateverTheAccount() {
        String source = "203.0.113.77";
        int throttled = 0;
        for (int i = 0; i < 22; i++) {
            if (logins.attempt(unique("khong.co." + i), "đoán bừa " + i, source)
                    .retryAfter()
                    .isPresent()) {
                throttled++;
            }
        }

        assertThat(throttled).isPositive();
        assertThat(logins.attempt(DemoAccounts.LEARNER, DemoAccounts.PASSWORD, "198.51.100.77")
                        .signedIn())
                .as("another source is not affected")
                .isPresent();
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

package vn.bentre.ocop.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.Set;
import vn.bentre.ocop.identity.control.PasswordHasher;
import vn.bentre.ocop.identity.control.PasswordPolicy;
import vn.bentre.ocop.identity.control.RegistrationLimit;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.Language;
import vn.bentre.ocop.platform.control.Messages;
import vn.bentre.ocop.platform.control.Outbox;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.RoleNames;
import vn.bentre.ocop.platform.control.Site;

/** A person's own account: registering, reading and changing their profile and password. */
@Stateless
@RolesAllowed({RoleNames.LEARNER, RoleNames.TRAINER, RoleNames.EDITOR, RoleNames.ADMIN})
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PortalClock clock;

    @Inject
    SecurityContext security;

    @Inject
    RegistrationLimit registrationLimit;

    @Inject
    Outbox outbox;

    @Inject
    Site site;

    /**
     * Self-registration from inside the server (tests, tools), counted under the source {@code in-process}.
     *
     * @see #register(Registration, String)
     */
    @PermitAll
    public Optional<Long> register(@NotNull @Valid Registration registration) {
        return register(registration, "in-process");
    }

    /**
     * Self-registration opens a learner account; other roles are given by an administrator. The answer is the same
     * whether or not the address already has an account (no account enumeration): a new address gets its account and
     * a welcome mail, an address already in use gets a mail telling its owner (and no account, no change). Nobody is
     * signed in here; the caller learns the new id only to test with. At most so many registrations per hour per
     * {@code source} address ({@link RegistrationLimit}), whichever the case.
     *
     * @return the new account's id, or empty when the address already had an account
     */
    @PermitAll
    public Optional<Long> register(@NotNull @Valid Registration registration, @NotBlank String source) {
        String email = Account.normaliseEmail(registration.email());
        PasswordPolicy.violation(registration.password(), email).ifPresent(key -> {
            throw BusinessException.invalid(key);
        });
        registrationLimit.take(source);
        String hash = hasher.hash(registration.password()); // in both cases, so both take as long
        var existing = byEmail(email);
        if (existing.isPresent()) {
            var owner = existing.get();
            outbox.enqueue(
                    "REGISTRATION_EXISTING",
                    owner.getEmail(),
                    text("register.mail.exists.subject"),
                    text("register.mail.exists.text", owner.getFullName(), owner.getEmail(), signInUrl()),
                    null);
            return Optional.empty();
        }
        var account = new Account(email, registration.fullName(), hash, Set.of(Role.LEARNER), clock.now());
        account.updateProfile(
                registration.fullName(),
                registration.phone(),
                registration.organisationName(),
                registration.positionTitle());
        account.declareLearnerGroup(registration.learnerGroup());
        account.placeIn(registration.communeId(), registration.organisationId());
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException raceWithSameEmail) {
            throw BusinessException.conflict("register.tryAgain");
        }
        outbox.enqueue(
                "REGISTRATION_WELCOME",
                email,
                text("register.mail.welcome.subject"),
                text("register.mail.welcome.text", account.getFullName(), email, signInUrl()),
                null);
        return Optional.of(account.getId());
    }

    public Account current() {
        String name = security.getCallerPrincipal().getName();
        var account = em.find(Account.class, Long.valueOf(name));
        if (account == null) {
            throw BusinessException.notFound("account.notFound");
        }
        return account;
    }

    public void updateProfile(@NotNull @Valid Profile profile) {
        var account = current();
        account.updateProfile(profile.fullName(), profile.phone(), profile.organisationName(), profile.positionTitle());
        account.declareLearnerGroup(profile.learnerGroup());
        account.placeIn(profile.communeId(), profile.organisationId());
    }

    public void changePassword(@NotBlank String currentPassword, @NotBlank String newPassword) {
        var account = current();
        if (!hasher.verify(currentPassword, account.getPasswordHash())) {
            throw BusinessException.invalid("password.currentWrong");
        }
        PasswordPolicy.violation(newPassword, account.getEmail()).ifPresent(key -> {
            throw BusinessException.invalid(key);
        });
        account.changePasswordHash(hasher.hash(newPassword));
    }

    private Optional<Account> byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private String signInUrl() {
        return site.getBaseUrl() + "/dang-nhap";
    }

    private static String text(String key, Object... arguments) {
        return Messages.get(Language.VIETNAMESE, key, arguments);
    }
}

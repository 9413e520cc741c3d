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
import java.util.Set;
import vn.bentre.ocop.identity.control.PasswordHasher;
import vn.bentre.ocop.identity.control.PasswordPolicy;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.RoleNames;

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

    /** Self-registration opens a learner account; other roles are given by an administrator. */
    @PermitAll
    public long register(@NotNull @Valid Registration registration) {
        String email = Account.normaliseEmail(registration.email());
        PasswordPolicy.violation(registration.password(), email).ifPresent(key -> {
            throw BusinessException.invalid(key);
        });
        if (emailTaken(email)) {
            throw BusinessException.conflict("account.emailTaken");
        }
        var account = new Account(
                email,
                registration.fullName(),
                hasher.hash(registration.password()),
                Set.of(Role.LEARNER),
                clock.now());
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
            throw BusinessException.conflict("account.emailTaken");
        }
        return account.getId();
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

    private boolean emailTaken(String email) {
        return !em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}

package vn.bentre.ocop.identity.control;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import vn.bentre.ocop.platform.control.RoleNames;

/**
 * Sign-in through the portal's own login page ({@code /dang-nhap}) against the accounts in the database
 * ({@link AccountIdentityStore}). A visitor who opens a protected page is sent there and back afterwards.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/dang-nhap", errorPage = "", useForwardToLogin = false))
@DeclareRoles({RoleNames.LEARNER, RoleNames.TRAINER, RoleNames.EDITOR, RoleNames.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {}

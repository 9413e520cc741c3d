package vn.bentre.ocop.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import vn.bentre.ocop.platform.control.ClientAddress;

/**
 * Jakarta Security's view of the portal's accounts: delegates to {@link LoginService}, which throttles by the
 * request's source address. What the login page tells the person besides "refused" travels as request attributes:
 * how many seconds to wait ({@link #RETRY_AFTER}), that the password could not be checked yet because too many were
 * being checked at once ({@link #BUSY}) and, on a first sign-in, the name to greet ({@link #FIRST_SIGN_IN}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    public static final String RETRY_AFTER = "vn.bentre.ocop.signIn.retryAfterSeconds";
    public static final String FIRST_SIGN_IN = "vn.bentre.ocop.signIn.firstName";
    public static final String BUSY = "vn.bentre.ocop.signIn.busy";

    @Inject
    LoginService logins;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        var outcome =
                logins.attempt(credential.getCaller(), credential.getPasswordAsString(), clientAddress.of(request));
        outcome.retryAfter()
                .ifPresent(wait -> request.setAttribute(RETRY_AFTER, Math.max(1, (wait.toMillis() + 999) / 1000)));
        if (outcome.busy()) {
            request.setAttribute(BUSY, Boolean.TRUE);
        }
        return outcome.signedIn()
                .map(signedIn -> {
                    if (signedIn.firstSignIn()) {
                        request.setAttribute(FIRST_SIGN_IN, signedIn.fullName());
                    }
                    return new CredentialValidationResult(
                            Long.toString(signedIn.accountId()),
                            signedIn.roles().stream().map(Enum::name).collect(Collectors.toSet()));
                })
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}

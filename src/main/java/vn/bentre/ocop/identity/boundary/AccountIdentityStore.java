package vn.bentre.ocop.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** Jakarta Security's view of the portal's accounts: delegates to {@link LoginService}, which counts failures. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    LoginService logins;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return logins.authenticate(credential.getCaller(), credential.getPasswordAsString())
                .map(signedIn -> new CredentialValidationResult(
                        Long.toString(signedIn.accountId()),
                        signedIn.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}

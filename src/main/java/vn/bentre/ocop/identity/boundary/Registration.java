package vn.bentre.ocop.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.bentre.ocop.identity.control.PasswordPolicy;
import vn.bentre.ocop.identity.entity.Account;

/** What a learner gives to open an account. */
public record Registration(
        @NotBlank @Email @Size(max = Account.EMAIL_MAX) String email,
        @NotBlank @Size(max = Account.NAME_MAX) String fullName,

        @Size(max = Account.PHONE_MAX) @Pattern(regexp = Account.PHONE_PATTERN, message = "{account.phone.invalid}")
        String phone,

        @Size(max = Account.ORGANISATION_MAX) String organisationName,
        @Size(max = Account.POSITION_MAX) String positionTitle,
        @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String password) {

    @Override
    public String toString() {
        return "Registration[" + email + "]";
    }
}

package vn.bentre.ocop.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.bentre.ocop.identity.control.PasswordPolicy;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.LearnerGroup;

/**
 * What a learner gives to open an account: besides name, e-mail and password, the learner group that courses for one
 * audience check, and where they work (a commune valid today and an organisation of the directory, by id, or the
 * organisation's name typed when it is not in the directory).
 */
public record Registration(
        @NotBlank @Email @Size(max = Account.EMAIL_MAX) String email,
        @NotBlank @Size(max = Account.NAME_MAX) String fullName,

        @Size(max = Account.PHONE_MAX) @Pattern(regexp = Account.PHONE_PATTERN, message = "{account.phone.invalid}")
        String phone,

        @Size(max = Account.ORGANISATION_MAX) String organisationName,
        @Size(max = Account.POSITION_MAX) String positionTitle,
        @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String password,
        LearnerGroup learnerGroup,
        Long communeId,
        Long organisationId) {

    /** Name, contact and password only (the learner group and the place left unstated). */
    public Registration(
            String email,
            String fullName,
            String phone,
            String organisationName,
            String positionTitle,
            String password) {
        this(email, fullName, phone, organisationName, positionTitle, password, null, null, null);
    }

    @Override
    public String toString() {
        return "Registration[" + email + "]";
    }
}

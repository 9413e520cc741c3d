package vn.bentre.ocop.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.LearnerGroup;

/** The parts of an account its owner may change (the commune and organisation are directory ids). */
public record Profile(
        @NotBlank @Size(max = Account.NAME_MAX) String fullName,

        @Size(max = Account.PHONE_MAX) @Pattern(regexp = Account.PHONE_PATTERN, message = "{account.phone.invalid}")
        String phone,

        @Size(max = Account.ORGANISATION_MAX) String organisationName,
        @Size(max = Account.POSITION_MAX) String positionTitle,
        LearnerGroup learnerGroup,
        Long communeId,
        Long organisationId) {

    public static Profile of(Account account) {
        return new Profile(
                account.getFullName(),
                account.getPhone(),
                account.getOrganisationName(),
                account.getPositionTitle(),
                account.getLearnerGroup(),
                account.getCommuneId(),
                account.getOrganisationId());
    }
}

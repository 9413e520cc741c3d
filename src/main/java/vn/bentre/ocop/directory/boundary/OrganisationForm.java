package vn.bentre.ocop.directory.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import vn.bentre.ocop.directory.entity.Organisation;
import vn.bentre.ocop.directory.entity.OrganisationType;

/** What an administrator types for an organisation; field names match the form's input ids. */
public record OrganisationForm(
        @NotNull OrganisationType type,
        @NotBlank @Size(max = Organisation.NAME_MAX) String name,

        @Pattern(regexp = "^$|" + Organisation.TAX_CODE_PATTERN, message = "{directory.organisation.taxCode.invalid}")
        String taxCode,

        @NotNull Long communeId,
        @Size(max = Organisation.ADDRESS_MAX) String address,
        @Size(max = Organisation.PHONE_MAX) String phone,
        @Email @Size(max = Organisation.EMAIL_MAX) String email)
        implements Serializable {}

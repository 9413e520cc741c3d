package vn.bentre.ocop.directory.boundary;

import java.io.Serializable;
import vn.bentre.ocop.directory.entity.Organisation;
import vn.bentre.ocop.directory.entity.OrganisationType;

/** What lists show of an organisation: small and serializable, unlike the entity. */
public record OrganisationRow(
        long id,
        OrganisationType type,
        String name,
        String taxCode,
        long communeId,
        String communeName,
        String address,
        String phone,
        String email,
        long version)
        implements Serializable {

    public static OrganisationRow of(Organisation o) {
        return new OrganisationRow(
                o.getId(),
                o.getType(),
                o.getName(),
                o.getTaxCode(),
                o.getCommune().getId(),
                o.getCommune().getName(),
                o.getAddress(),
                o.getPhone(),
                o.getEmail(),
                o.getVersion());
    }

    public OrganisationForm toForm() {
        return new OrganisationForm(type, name, taxCode, communeId, address, phone, email);
    }
}

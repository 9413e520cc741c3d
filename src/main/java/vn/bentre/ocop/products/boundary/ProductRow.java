package vn.bentre.ocop.products.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import vn.bentre.ocop.directory.entity.OrganisationType;
import vn.bentre.ocop.products.entity.Product;
import vn.bentre.ocop.products.entity.ProductCategory;

/** What lists and pages show of a product: small and serializable, unlike the entity. */
public record ProductRow(
        long id,
        String slug,
        String name,
        long organisationId,
        String organisationName,
        OrganisationType organisationType,
        String communeName,
        ProductCategory category,
        String description,
        Integer stars,
        String certificateNumber,
        LocalDate certifiedOn,
        LocalDate expiresOn,
        boolean hasPhoto,
        long version)
        implements Serializable {

    public static ProductRow of(Product p) {
        var owner = p.getOrganisation();
        return new ProductRow(
                p.getId(),
                p.getSlug(),
                p.getName(),
                owner.getId(),
                owner.getName(),
                owner.getType(),
                owner.getCommune().getName(),
                p.getCategory(),
                p.getDescription(),
                p.getCurrentStars(),
                p.getCertificateNumber(),
                p.getCertifiedOn(),
                p.getExpiresOn(),
                p.hasPhoto(),
                p.getVersion());
    }

    /** Whether the current certificate is valid on {@code day}. */
    public boolean certifiedOn(LocalDate day) {
        return certifiedOn != null && !day.isBefore(certifiedOn) && !day.isAfter(expiresOn);
    }

    /** For EL: the star count as a string of stars, e.g. ★★★★. */
    public String getStarSymbols() {
        return stars == null ? "" : "★".repeat(stars);
    }

    public long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public String getCommuneName() {
        return communeName;
    }

    public ProductCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public Integer getStars() {
        return stars;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public LocalDate getCertifiedOn() {
        return certifiedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public boolean isHasPhoto() {
        return hasPhoto;
    }

    public long getVersion() {
        return version;
    }

    public long getOrganisationId() {
        return organisationId;
    }
}

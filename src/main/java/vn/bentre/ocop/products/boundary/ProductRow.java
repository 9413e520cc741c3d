package vn.bentre.ocop.products.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import vn.bentre.ocop.directory.control.UnitValidity;
import vn.bentre.ocop.directory.entity.AdminUnit;
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
        String todaysCommuneName,
        ProductCategory category,
        String description,
        Integer stars,
        String certificateNumber,
        LocalDate certifiedOn,
        LocalDate expiresOn,
        boolean hasPhoto,
        long version)
        implements Serializable {

    /** The row with the owner's commune as recorded; {@code todaysCommuneName} equal to it. */
    public static ProductRow of(Product p) {
        return of(p, null);
    }

    /**
     * The row with the owner's commune as recorded and, when {@code today} is given, the unit that stands for it
     * today (a commune merged in the 2025 reorganisation shows its successor).
     */
    public static ProductRow of(Product p, LocalDate today) {
        var owner = p.getOrganisation();
        String recorded = owner.getCommune().getName();
        String todays = today == null
                ? recorded
                : UnitValidity.unitOn(owner.getCommune(), today)
                        .map(AdminUnit::getName)
                        .orElse(recorded);
        return new ProductRow(
                p.getId(),
                p.getSlug(),
                p.getName(),
                owner.getId(),
                owner.getName(),
                owner.getType(),
                recorded,
                todays,
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

    /** The commune as recorded, with today's unit after it when the reorganisation changed it. */
    public String getPlace() {
        return todaysCommuneName == null || todaysCommuneName.equals(communeName)
                ? communeName
                : communeName + " (" + todaysCommuneName + ")";
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

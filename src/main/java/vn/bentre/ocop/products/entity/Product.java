package vn.bentre.ocop.products.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.bentre.ocop.directory.entity.Organisation;
import vn.bentre.ocop.platform.control.BusinessException;

/**
 * An OCOP product of one organisation. Its ratings are its history; the latest one (by certificate date) is its
 * current rating, repeated in the product's own columns so that lists filter and sort in the database.
 */
@Entity
@Table(name = "product")
@NamedQuery(name = Product.COUNT, query = "select count(p) from Product p")
@NamedQuery(
        name = Product.BY_SLUG,
        query = "select p from Product p join fetch p.organisation o join fetch o.commune where p.slug = :slug")
@NamedQuery(name = Product.SLUGS_LIKE, query = "select p.slug from Product p where p.slug like :prefix")
@NamedQuery(
        name = Product.OWNERS,
        query = "select p.id, p.organisation.id, p.organisation.type from Product p order by p.id")
public class Product {

    public static final String COUNT = "Product.count";
    public static final String BY_SLUG = "Product.bySlug";
    public static final String SLUGS_LIKE = "Product.slugsLike";
    public static final String OWNERS = "Product.owners";

    public static final int NAME_MAX = 200;
    public static final int SLUG_MAX = 120;
    public static final int DESCRIPTION_MAX = 1000;

    @Id
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    private Long id;

    @NotBlank
    @Size(max = SLUG_MAX)
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
    @Column(nullable = false, unique = true, length = SLUG_MAX)
    private String slug;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProductCategory category;

    @Size(max = DESCRIPTION_MAX)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "photo")
    private byte[] photo;

    @Size(max = 40)
    @Column(name = "photo_type", length = 40)
    private String photoType;

    @Column(name = "current_stars")
    private Integer currentStars;

    @Column(name = "certificate_no", length = ProductRating.CERTIFICATE_MAX)
    private String certificateNumber;

    @Column(name = "certified_on")
    private LocalDate certifiedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "product", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("certifiedOn, id")
    private List<ProductRating> ratings = new ArrayList<>();

    @Version
    private long version;

    protected Product() {
        // for JPA
    }

    public Product(
            String slug,
            String name,
            Organisation organisation,
            ProductCategory category,
            String description,
            LocalDateTime createdAt) {
        this.slug = slug;
        this.organisation = organisation;
        this.createdAt = createdAt;
        describe(name, category, description);
    }

    public void describe(String name, ProductCategory category, String description) {
        this.name = name.strip();
        this.category = category;
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    public void changeOwner(Organisation owner) {
        this.organisation = owner;
    }

    public void changePhoto(byte[] bytes, String mediaType) {
        this.photo = bytes == null ? null : bytes.clone();
        this.photoType = bytes == null ? null : mediaType;
    }

    /**
     * Records a new rating. Ratings are history: a new one must be signed after the current one (an upgrade is a
     * later rating with more stars; a re-rating may also keep or lose stars).
     */
    public ProductRating rate(int stars, String certificateNumber, LocalDate certifiedOn, LocalDateTime at) {
        if (this.certifiedOn != null && !certifiedOn.isAfter(this.certifiedOn)) {
            throw BusinessException.invalid("products.rating.notLater", this.certifiedOn);
        }
        var rating = new ProductRating(this, stars, certificateNumber, certifiedOn, at);
        ratings.add(rating);
        this.currentStars = stars;
        this.certificateNumber = rating.getCertificateNumber();
        this.certifiedOn = certifiedOn;
        this.expiresOn = rating.getExpiresOn();
        return rating;
    }

    /** Whether the current certificate is valid on {@code day}. */
    public boolean isCertifiedOn(LocalDate day) {
        return certifiedOn != null && !day.isBefore(certifiedOn) && !day.isAfter(expiresOn);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public ProductCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public byte[] getPhoto() {
        return photo == null ? null : photo.clone();
    }

    public String getPhotoType() {
        return photoType;
    }

    public boolean hasPhoto() {
        return photoType != null;
    }

    public Integer getCurrentStars() {
        return currentStars;
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

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public List<ProductRating> getRatings() {
        return Collections.unmodifiableList(ratings);
    }

    public long getVersion() {
        return version;
    }
}

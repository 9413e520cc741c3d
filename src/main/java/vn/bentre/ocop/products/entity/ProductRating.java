package vn.bentre.ocop.products.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One rating of a product: stars, the certificate's number and date. A certificate is valid for
 * {@value #VALIDITY_MONTHS} months: through the day before the same date 36 months later.
 */
@Entity
@Table(name = "product_rating")
@NamedQuery(
        name = ProductRating.ALL_FACTS,
        query = "select r.product.id, r.stars, r.certifiedOn, r.expiresOn from ProductRating r"
                + " order by r.product.id, r.certifiedOn, r.id")
@NamedQuery(
        name = ProductRating.BY_CERTIFICATE,
        query = "select count(r) from ProductRating r where r.certificateNumber = :number")
public class ProductRating {

    public static final String ALL_FACTS = "ProductRating.allFacts";
    public static final String BY_CERTIFICATE = "ProductRating.byCertificate";

    public static final int VALIDITY_MONTHS = 36;
    public static final int CERTIFICATE_MAX = 40;

    @Id
    @SequenceGenerator(name = "product_rating_seq", sequenceName = "product_rating_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_rating_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @Min(3)
    @Max(5)
    @Column(nullable = false, updatable = false)
    private int stars;

    @NotBlank
    @Size(max = CERTIFICATE_MAX)
    @Column(name = "certificate_no", nullable = false, updatable = false, length = CERTIFICATE_MAX)
    private String certificateNumber;

    @NotNull
    @Column(name = "certified_on", nullable = false, updatable = false)
    private LocalDate certifiedOn;

    @NotNull
    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @NotNull
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    protected ProductRating() {
        // for JPA
    }

    ProductRating(Product product, int stars, String certificateNumber, LocalDate certifiedOn, LocalDateTime at) {
        if (stars < 3 || stars > 5) {
            throw new IllegalArgumentException("OCOP ratings have 3, 4 or 5 stars");
        }
        this.product = product;
        this.stars = stars;
        this.certificateNumber = certificateNumber.strip();
        this.certifiedOn = certifiedOn;
        this.expiresOn = lastValidDay(certifiedOn);
        this.recordedAt = at;
    }

    /** The last day a certificate signed on {@code certifiedOn} is valid. */
    public static LocalDate lastValidDay(LocalDate certifiedOn) {
        return certifiedOn.plusMonths(VALIDITY_MONTHS).minusDays(1);
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(certifiedOn) && !day.isAfter(expiresOn);
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public int getStars() {
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

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}

package vn.bentre.ocop.directory.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** A cooperative, enterprise, household business, agency or craft village, located in one commune. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.COUNT, query = "select count(o) from Organisation o")
@NamedQuery(name = Organisation.BY_TAX_CODE, query = "select o from Organisation o where o.taxCode = :taxCode")
@NamedQuery(
        name = Organisation.ALL_TAX_CODES,
        query = "select o.taxCode from Organisation o where o.taxCode is not null")
@NamedQuery(
        name = Organisation.CHOICES,
        query = "select o from Organisation o where o.type <> vn.bentre.ocop.directory.entity.OrganisationType.AGENCY"
                + " order by o.name, o.id")
public class Organisation {

    public static final String COUNT = "Organisation.count";
    public static final String BY_TAX_CODE = "Organisation.byTaxCode";
    public static final String ALL_TAX_CODES = "Organisation.allTaxCodes";
    /** Organisations that can own products or take part in trade promotion (all but agencies), by name. */
    public static final String CHOICES = "Organisation.choices";

    public static final int NAME_MAX = 200;
    /** Vietnamese tax codes have 10 digits, or 13 with a branch suffix ("0123456789-001"). */
    public static final int TAX_CODE_MAX = 14;

    public static final String TAX_CODE_PATTERN = "^[0-9]{10}(-[0-9]{3})?$";
    public static final int ADDRESS_MAX = 300;
    public static final int PHONE_MAX = 20;
    public static final int EMAIL_MAX = 254;

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false, length = 30)
    private OrganisationType type;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = TAX_CODE_MAX)
    @Pattern(regexp = TAX_CODE_PATTERN)
    @Column(name = "tax_code", unique = true, length = TAX_CODE_MAX)
    private String taxCode;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id", nullable = false)
    private AdminUnit commune;

    @Size(max = ADDRESS_MAX)
    @Column(length = ADDRESS_MAX)
    private String address;

    @Size(max = PHONE_MAX)
    @Column(length = PHONE_MAX)
    private String phone;

    @Email
    @Size(max = EMAIL_MAX)
    @Column(length = EMAIL_MAX)
    private String email;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Organisation() {
        // for JPA
    }

    /** A new organisation; only a commune can hold one, never a province or a former district. */
    public Organisation(
            OrganisationType type, String name, String taxCode, AdminUnit commune, LocalDateTime createdAt) {
        if (commune.getLevel() != AdminLevel.COMMUNE) {
            throw new IllegalArgumentException("An organisation is located in a commune, not a " + commune.getLevel());
        }
        this.type = type;
        this.name = name;
        this.taxCode = taxCode == null || taxCode.isBlank() ? null : taxCode.strip();
        this.commune = commune;
        this.createdAt = createdAt;
    }

    /** Corrects what identifies the organisation; the commune must be a commune, as for a new one. */
    public void change(OrganisationType type, String name, String taxCode, AdminUnit commune) {
        if (commune.getLevel() != AdminLevel.COMMUNE) {
            throw new IllegalArgumentException("An organisation is located in a commune, not a " + commune.getLevel());
        }
        this.type = type;
        this.name = name;
        this.taxCode = blankToNull(taxCode);
        this.commune = commune;
    }

    public void changeContact(String address, String phone, String email) {
        this.address = blankToNull(address);
        this.phone = blankToNull(phone);
        this.email = blankToNull(email);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public AdminUnit getCommune() {
        return commune;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}

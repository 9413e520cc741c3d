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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A province, district or commune, valid from one date and, once reorganised, until another. A unit that was
 * merged away names its {@linkplain #getSuccessor() successor}; one that was split or abolished has none.
 */
@Entity
@Table(name = "admin_unit")
@NamedQuery(name = AdminUnit.COUNT, query = "select count(u) from AdminUnit u")
@NamedQuery(name = AdminUnit.BY_CODE, query = "select u from AdminUnit u where u.code = :code")
@NamedQuery(
        name = AdminUnit.ALL,
        query = "select u from AdminUnit u left join fetch u.successor left join fetch u.parent"
                + " order by u.level, u.name, u.id")
@NamedQuery(
        name = AdminUnit.COMMUNES_VALID_ON,
        query = "select u from AdminUnit u where u.level = vn.bentre.ocop.directory.entity.AdminLevel.COMMUNE"
                + " and u.validFrom <= :day and (u.validTo is null or u.validTo >= :day) order by u.name")
public class AdminUnit {

    public static final String ALL = "AdminUnit.all";
    public static final String COMMUNES_VALID_ON = "AdminUnit.communesValidOn";

    public static final String COUNT = "AdminUnit.count";
    public static final String BY_CODE = "AdminUnit.byCode";

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 120;

    @Id
    @SequenceGenerator(name = "admin_unit_seq", sequenceName = "admin_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_unit_seq")
    private Long id;

    @NotBlank
    @Size(max = CODE_MAX)
    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level", nullable = false, length = 20)
    private AdminLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private AdminUnit parent;

    @NotNull
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private AdminUnit successor;

    @Version
    private long version;

    protected AdminUnit() {
        // for JPA
    }

    public AdminUnit(String code, String name, AdminLevel level, AdminUnit parent, LocalDate validFrom) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parent = parent;
        this.validFrom = validFrom;
    }

    /**
     * Ends this unit's validity on {@code lastDay}; {@code successor} (may be null) is the unit that took it over
     * and must already be valid the day after, so that no day is left without a unit.
     */
    public void endValidity(LocalDate lastDay, AdminUnit successor) {
        if (lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("A unit cannot end before it starts");
        }
        if (successor != null && successor.validFrom.isAfter(lastDay.plusDays(1))) {
            throw new IllegalArgumentException("The successor must be valid from the day after");
        }
        this.validTo = lastDay;
        this.successor = successor;
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public AdminLevel getLevel() {
        return level;
    }

    public Optional<AdminUnit> getParent() {
        return Optional.ofNullable(parent);
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public Optional<LocalDate> getValidTo() {
        return Optional.ofNullable(validTo);
    }

    public Optional<AdminUnit> getSuccessor() {
        return Optional.ofNullable(successor);
    }

    public long getVersion() {
        return version;
    }
}

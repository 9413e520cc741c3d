package vn.bentre.ocop.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
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
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A person who signs in. Owns the rules about its own e-mail and roles; its password is only ever held as a hash
 * made by {@code PasswordHasher}. Sign-in throttling is not the account's (see {@link RateBucket}): it also counts
 * e-mails that have no account, and no attempt ever locks the account itself. The columns {@code failed_logins} and
 * {@code locked_until} of the lock that came before are only ever cleared.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.email = :email")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final String COUNT = "Account.count";

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 120;
    public static final int PHONE_MAX = 20;
    public static final int ORGANISATION_MAX = 200;
    public static final int POSITION_MAX = 120;
    public static final String PHONE_PATTERN = "^$|^\\+?[0-9 .()-]{8,20}$";

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX)
    @Column(nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    @Size(max = PHONE_MAX)
    @Pattern(regexp = PHONE_PATTERN, message = "{account.phone.invalid}")
    @Column(length = PHONE_MAX)
    private String phone;

    @Size(max = ORGANISATION_MAX)
    @Column(name = "organisation_name", length = ORGANISATION_MAX)
    private String organisationName;

    @Size(max = POSITION_MAX)
    @Column(name = "position_title", length = POSITION_MAX)
    private String positionTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "learner_group", length = 30)
    private LearnerGroup learnerGroup;

    /** The commune (an administrative unit of the directory) the person works in; {@code null} when not stated. */
    @Column(name = "commune_id")
    private Long communeId;

    /** The person's organisation when it is in the directory; otherwise only {@link #organisationName}. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @NotNull
    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String email, String fullName, String passwordHash, Set<Role> roles, LocalDateTime createdAt) {
        this.email = normaliseEmail(email);
        this.fullName = fullName == null ? null : fullName.strip();
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        changeRoles(roles);
    }

    /** E-mail addresses are compared without case and surrounding spaces: that is how people type them. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void updateProfile(String fullName, String phone, String organisationName, String positionTitle) {
        this.fullName = fullName == null ? null : fullName.strip();
        this.phone = blankToNull(phone);
        this.organisationName = blankToNull(organisationName);
        this.positionTitle = blankToNull(positionTitle);
    }

    /** An account always has at least one role; taking them all away is what {@link #disable()} is for. */
    public void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    /** What kind of learner this person is; {@code null} when not stated. */
    public void declareLearnerGroup(LearnerGroup group) {
        this.learnerGroup = group;
    }

    /**
     * Where the person works: a commune and an organisation of the directory, by id (identity does not know the
     * directory's entities; the view offers the choices), either {@code null} when not stated.
     */
    public void placeIn(Long commune, Long organisation) {
        this.communeId = commune;
        this.organisationId = organisation;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
        failedLogins = 0;
        lockedUntil = null;
    }

    public void recordSuccessfulLogin(LocalDateTime now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPhone() {
        return phone;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public LearnerGroup getLearnerGroup() {
        return learnerGroup;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public long getVersion() {
        return version;
    }
}

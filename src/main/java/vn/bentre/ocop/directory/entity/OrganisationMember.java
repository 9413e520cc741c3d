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
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import vn.bentre.ocop.identity.entity.Account;

/** A person (an account) linked to an organisation with a position. */
@Entity
@Table(name = "organisation_member")
@NamedQuery(
        name = OrganisationMember.OF_ORGANISATION,
        query = "select m from OrganisationMember m join fetch m.account where m.organisation.id = :organisation"
                + " order by m.position, m.account.fullName")
@NamedQuery(
        name = OrganisationMember.FIND,
        query =
                "select m from OrganisationMember m where m.organisation.id = :organisation and m.account.id = :account")
@NamedQuery(name = OrganisationMember.COUNT, query = "select count(m) from OrganisationMember m")
public class OrganisationMember {

    public static final String OF_ORGANISATION = "OrganisationMember.ofOrganisation";
    public static final String FIND = "OrganisationMember.find";
    public static final String COUNT = "OrganisationMember.count";

    @Id
    @SequenceGenerator(name = "organisation_member_seq", sequenceName = "organisation_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_member_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "member_position", nullable = false, length = 20)
    private MemberPosition position;

    @NotNull
    @Column(name = "linked_at", nullable = false)
    private LocalDateTime linkedAt;

    @Version
    private long version;

    protected OrganisationMember() {
        // for JPA
    }

    public OrganisationMember(
            Organisation organisation, Account account, MemberPosition position, LocalDateTime linkedAt) {
        this.organisation = organisation;
        this.account = account;
        this.position = position;
        this.linkedAt = linkedAt;
    }

    public void changePosition(MemberPosition position) {
        this.position = position;
    }

    /** Moves the link to the organisation a duplicate was merged into. */
    public void moveTo(Organisation kept) {
        this.organisation = kept;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Account getAccount() {
        return account;
    }

    public MemberPosition getPosition() {
        return position;
    }

    public LocalDateTime getLinkedAt() {
        return linkedAt;
    }
}

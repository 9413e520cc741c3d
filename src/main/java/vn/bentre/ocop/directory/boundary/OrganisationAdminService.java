package vn.bentre.ocop.directory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.bentre.ocop.directory.control.UnitValidity;
import vn.bentre.ocop.directory.entity.AdminUnit;
import vn.bentre.ocop.directory.entity.MemberPosition;
import vn.bentre.ocop.directory.entity.Organisation;
import vn.bentre.ocop.directory.entity.OrganisationMember;
import vn.bentre.ocop.directory.entity.OrganisationType;
import vn.bentre.ocop.directory.entity.OrganisationsMerged;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.platform.control.AuditLog;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.RoleNames;

/** Administrators keep the directory: organisations (find, create, edit, merge duplicates), their people, units. */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class OrganisationAdminService {

    public static final int MAX_PAGE = 100;

    public record Page(List<OrganisationRow> rows, long total) {}

    /** A unit as the units list shows it, with today's standing. */
    public record UnitRow(
            long id,
            String code,
            String name,
            String level,
            String parentName,
            LocalDate validFrom,
            LocalDate validTo,
            String successorName,
            boolean validToday,
            String todaysUnitName)
            implements Serializable {}

    public record MemberRow(long id, long accountId, String fullName, String email, MemberPosition position)
            implements Serializable {}

    public record Choice(long id, String name) implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    Event<OrganisationsMerged> merged;

    /** Organisations whose name or tax code contains {@code text}, optionally of one type and commune, by name. */
    public Page find(
            @Size(max = 100) String text,
            OrganisationType type,
            Long communeId,
            @Min(0) int first,
            @Min(1) @Max(MAX_PAGE) int max) {
        var where = new StringBuilder(" from Organisation o where 1 = 1");
        var names = new ArrayList<String>();
        var values = new ArrayList<Object>();
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(o.name) like :text escape '\\' or o.taxCode like :text escape '\\')");
            names.add("text");
            values.add("%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (type != null) {
            where.append(" and o.type = :type");
            names.add("type");
            values.add(type);
        }
        if (communeId != null) {
            where.append(" and o.commune.id = :commune");
            names.add("commune");
            values.add(communeId);
        }
        var count = em.createQuery("select count(o)" + where, Long.class);
        var page = em.createQuery(
                "select o" + where.toString().replace(" where", " join fetch o.commune c where")
                        + " order by o.name, o.id",
                Organisation.class);
        for (int i = 0; i < names.size(); i++) {
            count.setParameter(names.get(i), values.get(i));
            page.setParameter(names.get(i), values.get(i));
        }
        var rows = page.setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(OrganisationRow::of)
                .toList();
        return new Page(rows, count.getSingleResult());
    }

    public OrganisationRow get(long id) {
        return OrganisationRow.of(organisation(id));
    }

    public OrganisationRow create(@NotNull @Valid OrganisationForm form) {
        var commune = communeForNewRecords(form.communeId());
        checkTaxCodeFree(form.taxCode(), null);
        var organisation = new Organisation(form.type(), form.name().strip(), form.taxCode(), commune, clock.now());
        organisation.changeContact(form.address(), form.phone(), form.email());
        em.persist(organisation);
        em.flush();
        audit.record("ORGANISATION_CREATED", "ORGANISATION", organisation.getId(), organisation.getName());
        return OrganisationRow.of(organisation);
    }

    /** Saves the corrections, unless someone else saved the organisation since {@code version} was read. */
    public OrganisationRow update(long id, long version, @NotNull @Valid OrganisationForm form) {
        var organisation = organisation(id);
        if (organisation.getVersion() != version) {
            throw BusinessException.conflict("directory.organisation.changedMeanwhile");
        }
        var commune = organisation.getCommune().getId().equals(form.communeId())
                ? organisation.getCommune()
                : communeForNewRecords(form.communeId());
        checkTaxCodeFree(form.taxCode(), id);
        organisation.change(form.type(), form.name().strip(), form.taxCode(), commune);
        organisation.changeContact(form.address(), form.phone(), form.email());
        try {
            em.flush();
        } catch (OptimisticLockException changed) {
            throw BusinessException.conflict("directory.organisation.changedMeanwhile");
        }
        audit.record("ORGANISATION_UPDATED", "ORGANISATION", id, organisation.getName());
        return OrganisationRow.of(organisation);
    }

    /**
     * Merges a duplicate into the organisation kept: its people (linked, or naming it in their profile), products and
     * trade-promotion participations move to
     * the kept one (components observe {@link OrganisationsMerged}), then the duplicate is removed.
     */
    public void merge(long keptId, long duplicateId) {
        if (keptId == duplicateId) {
            throw BusinessException.invalid("directory.merge.same");
        }
        var kept = organisation(keptId);
        var duplicate = organisation(duplicateId);
        for (var member : em.createNamedQuery(OrganisationMember.OF_ORGANISATION, OrganisationMember.class)
                .setParameter("organisation", duplicateId)
                .getResultList()) {
            boolean alreadyInKept = !em.createNamedQuery(OrganisationMember.FIND, OrganisationMember.class)
                    .setParameter("organisation", keptId)
                    .setParameter("account", member.getAccount().getId())
                    .getResultList()
                    .isEmpty();
            if (alreadyInKept) {
                em.remove(member);
            } else {
                member.moveTo(kept);
            }
        }
        em.flush();
        merged.fire(new OrganisationsMerged(keptId, duplicateId));
        em.flush();
        String detail = duplicate.getName() + " -> " + kept.getName();
        // people who named the duplicate as their organisation (registration, profile) now name the one kept
        em.createQuery("update Account a set a.organisationId = :kept where a.organisationId = :duplicate")
                .setParameter("kept", keptId)
                .setParameter("duplicate", duplicateId)
                .executeUpdate();
        em.remove(duplicate);
        audit.record("ORGANISATIONS_MERGED", "ORGANISATION", keptId, detail + " (#" + duplicateId + ")");
    }

    public List<MemberRow> members(long organisationId) {
        return em
                .createNamedQuery(OrganisationMember.OF_ORGANISATION, OrganisationMember.class)
                .setParameter("organisation", organisationId)
                .getResultList()
                .stream()
                .map(m -> new MemberRow(
                        m.getId(),
                        m.getAccount().getId(),
                        m.getAccount().getFullName(),
                        m.getAccount().getEmail(),
                        m.getPosition()))
                .toList();
    }

    /** Links the account with this e-mail address to the organisation, or changes its position there. */
    public void link(
            long organisationId, @NotBlank @Email @Size(max = 254) String email, @NotNull MemberPosition position) {
        var organisation = organisation(organisationId);
        var account = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound("directory.member.noAccount", email));
        var existing = em.createNamedQuery(OrganisationMember.FIND, OrganisationMember.class)
                .setParameter("organisation", organisationId)
                .setParameter("account", account.getId())
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            existing.get().changePosition(position);
        } else {
            em.persist(new OrganisationMember(organisation, account, position, clock.now()));
        }
        audit.record("MEMBER_LINKED", "ORGANISATION", organisationId, account.getEmail() + " " + position);
    }

    public void unlink(long memberId) {
        var member = em.find(OrganisationMember.class, memberId);
        if (member == null) {
            throw BusinessException.notFound("directory.member.notFound");
        }
        audit.record(
                "MEMBER_UNLINKED",
                "ORGANISATION",
                member.getOrganisation().getId(),
                member.getAccount().getEmail());
        em.remove(member);
    }

    /** Communes a new record may name: valid today. */
    public List<Choice> communes() {
        return em
                .createNamedQuery(AdminUnit.COMMUNES_VALID_ON, AdminUnit.class)
                .setParameter("day", clock.today())
                .getResultList()
                .stream()
                .map(u -> new Choice(u.getId(), u.getName()))
                .toList();
    }

    /** Every organisation by name, for choosing the one to keep in a merge. */
    public List<Choice> organisations() {
        return em
                .createQuery("select o from Organisation o order by o.name, o.id", Organisation.class)
                .getResultList()
                .stream()
                .map(o -> new Choice(o.getId(), o.getName()))
                .toList();
    }

    public List<UnitRow> units() {
        LocalDate today = clock.today();
        return em.createNamedQuery(AdminUnit.ALL, AdminUnit.class).getResultList().stream()
                .map(u -> new UnitRow(
                        u.getId(),
                        u.getCode(),
                        u.getName(),
                        u.getLevel().name(),
                        u.getParent().map(AdminUnit::getName).orElse(null),
                        u.getValidFrom(),
                        u.getValidTo().orElse(null),
                        u.getSuccessor().map(AdminUnit::getName).orElse(null),
                        u.isValidOn(today),
                        UnitValidity.unitOn(u, today).map(AdminUnit::getName).orElse(null)))
                .toList();
    }

    private AdminUnit communeForNewRecords(Long communeId) {
        var unit = em.find(AdminUnit.class, communeId);
        if (unit == null
                || unit.getLevel() != vn.bentre.ocop.directory.entity.AdminLevel.COMMUNE
                || !UnitValidity.acceptsNewRecordsOn(unit, clock.today())) {
            throw BusinessException.invalid("directory.organisation.communeInvalid");
        }
        return unit;
    }

    private void checkTaxCodeFree(String taxCode, Long except) {
        if (taxCode == null || taxCode.isBlank()) {
            return;
        }
        var holder = em.createNamedQuery(Organisation.BY_TAX_CODE, Organisation.class)
                .setParameter("taxCode", taxCode.strip())
                .getResultStream()
                .findFirst();
        if (holder.isPresent() && !holder.get().getId().equals(except)) {
            throw BusinessException.conflict(
                    "directory.organisation.taxCodeTaken", holder.get().getName());
        }
    }

    private Organisation organisation(long id) {
        var organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw BusinessException.notFound("directory.organisation.notFound");
        }
        return organisation;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

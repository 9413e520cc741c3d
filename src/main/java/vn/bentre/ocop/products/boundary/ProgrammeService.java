package vn.bentre.ocop.products.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bentre.ocop.directory.entity.OrganisationType;
import vn.bentre.ocop.platform.control.AuditLog;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.RoleNames;
import vn.bentre.ocop.products.control.ProgrammeIndicators;
import vn.bentre.ocop.products.entity.Indicator;
import vn.bentre.ocop.products.entity.ProductRating;
import vn.bentre.ocop.products.entity.ProgrammeTarget;
import vn.bentre.ocop.products.entity.TradeParticipation;

/** The programme's progress against its plan, computed from the records; administrators edit the targets. */
@Stateless
@PermitAll
public class ProgrammeService {

    public record TargetRow(long id, Indicator indicator, String planLabel, int targetValue, long version)
            implements Serializable {}

    /** The standing and the plan it is measured against. */
    public record Progress(String planLabel, LocalDate asOf, ProgrammeIndicators.Standing standing)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    public Progress progress() {
        var targets = targets();
        var byIndicator = new EnumMap<Indicator, Integer>(Indicator.class);
        targets.forEach(t -> byIndicator.put(t.indicator(), t.targetValue()));
        var today = clock.today();
        var standing = ProgrammeIndicators.compute(products(), participationsByYear(), byIndicator, today);
        String plan = targets.isEmpty() ? "" : targets.getFirst().planLabel();
        return new Progress(plan, today, standing);
    }

    /** The OCOP entities today: organisations owning at least one product whose certificate is valid. */
    public Set<Long> ocopEntityIds() {
        var today = clock.today();
        return Set.copyOf(em.createQuery(
                        "select distinct p.organisation.id from Product p"
                                + " where p.certifiedOn <= :today and p.expiresOn >= :today",
                        Long.class)
                .setParameter("today", today)
                .getResultList());
    }

    public List<TargetRow> targets() {
        return em.createNamedQuery(ProgrammeTarget.ALL, ProgrammeTarget.class).getResultList().stream()
                .map(t -> new TargetRow(
                        t.getId(), t.getIndicator(), t.getPlanLabel(), t.getTargetValue(), t.getVersion()))
                .toList();
    }

    /** Sets every target for a plan at once (one plan label for all six). */
    @RolesAllowed(RoleNames.ADMIN)
    public void changeTargets(
            @NotBlank @Size(max = ProgrammeTarget.PLAN_MAX) String planLabel, Map<Indicator, @Min(0) Integer> values) {
        for (var target :
                em.createNamedQuery(ProgrammeTarget.ALL, ProgrammeTarget.class).getResultList()) {
            Integer value = values.get(target.getIndicator());
            if (value == null || value < 0 || target.getIndicator().isShare() && value > 100) {
                throw BusinessException.invalid(
                        "products.targets.invalid", target.getIndicator().name());
            }
            target.change(planLabel, value);
        }
        audit.record("TARGETS_CHANGED", "PROGRAMME", null, planLabel + " " + values);
    }

    private List<ProgrammeIndicators.ProductFacts> products() {
        var ratings = new HashMap<Long, List<ProgrammeIndicators.RatingFact>>();
        for (Object[] row :
                em.createNamedQuery(ProductRating.ALL_FACTS, Object[].class).getResultList()) {
            ratings.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new ProgrammeIndicators.RatingFact(
                            ((Number) row[1]).intValue(), (LocalDate) row[2], (LocalDate) row[3]));
        }
        var facts = new ArrayList<ProgrammeIndicators.ProductFacts>();
        for (Object[] row : em.createNamedQuery(vn.bentre.ocop.products.entity.Product.OWNERS, Object[].class)
                .getResultList()) {
            long id = (Long) row[0];
            facts.add(new ProgrammeIndicators.ProductFacts(
                    id, (Long) row[1], (OrganisationType) row[2], ratings.getOrDefault(id, List.of())));
        }
        return facts;
    }

    private Map<Integer, Long> participationsByYear() {
        var years = new HashMap<Integer, Long>();
        for (Object[] row : em.createNamedQuery(TradeParticipation.BUSINESS_BY_YEAR, Object[].class)
                .setParameter("types", List.copyOf(ProgrammeIndicators.BUSINESSES))
                .getResultList()) {
            years.merge(((LocalDate) row[0]).getYear(), ((Number) row[1]).longValue(), Long::sum);
        }
        return years;
    }
}

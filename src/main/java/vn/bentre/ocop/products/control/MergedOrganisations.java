package vn.bentre.ocop.products.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.bentre.ocop.directory.entity.Organisation;
import vn.bentre.ocop.directory.entity.OrganisationsMerged;
import vn.bentre.ocop.products.entity.Product;
import vn.bentre.ocop.products.entity.TradeParticipation;

/**
 * Moves products and trade-promotion participations from a merged duplicate to the organisation kept, inside the
 * merge's transaction. A participation the kept organisation already has for the same event is dropped.
 */
@ApplicationScoped
public class MergedOrganisations {

    @PersistenceContext
    EntityManager em;

    void moveRows(@Observes OrganisationsMerged merged) {
        var kept = em.find(Organisation.class, merged.keptId());
        var duplicate = em.find(Organisation.class, merged.duplicateId());
        for (var product : em.createQuery("select p from Product p where p.organisation = :duplicate", Product.class)
                .setParameter("duplicate", duplicate)
                .getResultList()) {
            product.changeOwner(kept);
        }
        for (var participation : em.createNamedQuery(TradeParticipation.OF_ORGANISATION, TradeParticipation.class)
                .setParameter("organisation", merged.duplicateId())
                .getResultList()) {
            boolean keptIsThere = !em.createNamedQuery(TradeParticipation.FIND, TradeParticipation.class)
                    .setParameter("event", participation.getEvent().getId())
                    .setParameter("organisation", merged.keptId())
                    .getResultList()
                    .isEmpty();
            if (keptIsThere) {
                em.remove(participation);
            } else {
                participation.moveTo(kept);
            }
        }
        em.flush();
    }
}

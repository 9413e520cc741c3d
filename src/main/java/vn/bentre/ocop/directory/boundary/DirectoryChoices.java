package vn.bentre.ocop.directory.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import vn.bentre.ocop.directory.entity.AdminUnit;
import vn.bentre.ocop.directory.entity.Organisation;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * What a person may pick for where they work, at registration and in their profile: the communes valid today (the
 * 2025 reorganisation ended many) and the organisations of the directory. Public: registration is anonymous, and
 * both lists are public already (product directory filters, programme page). The account keeps the chosen ids, so
 * identity never imports the directory.
 */
@Stateless
@PermitAll
public class DirectoryChoices {

    /** One choice: an id and the name a person reads; an organisation's name says its commune. */
    public record Choice(long id, String name) implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    /** Communes a person may name today, by name. */
    public List<Choice> communesToday() {
        return em.createNamedQuery(AdminUnit.COMMUNES_VALID_ON, AdminUnit.class)
                .setParameter("day", clock.today())
                .getResultStream()
                .map(u -> new Choice(u.getId(), u.getName()))
                .toList();
    }

    /** Every organisation of the directory by name, with its commune to tell namesakes apart. */
    public List<Choice> organisations() {
        return em.createQuery(
                        "select o from Organisation o left join fetch o.commune order by o.name, o.id",
                        Organisation.class)
                .getResultStream()
                .map(o -> new Choice(
                        o.getId(),
                        o.getCommune() == null
                                ? o.getName()
                                : o.getName() + " (" + o.getCommune().getName() + ")"))
                .toList();
    }

    /** The organisation's own name, for the account's free-text field; {@code null} when there is no such one. */
    public String organisationName(Long id) {
        if (id == null) {
            return null;
        }
        var organisation = em.find(Organisation.class, id);
        return organisation == null ? null : organisation.getName();
    }
}

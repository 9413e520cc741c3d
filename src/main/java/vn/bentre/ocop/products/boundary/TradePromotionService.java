package vn.bentre.ocop.products.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.bentre.ocop.directory.entity.Organisation;
import vn.bentre.ocop.directory.entity.OrganisationType;
import vn.bentre.ocop.platform.control.AuditLog;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.RoleNames;
import vn.bentre.ocop.products.entity.TradeEvent;
import vn.bentre.ocop.products.entity.TradeParticipation;

/** Administrators record trade-promotion events and the organisations that took part. */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class TradePromotionService {

    public record EventRow(long id, String name, String venue, LocalDate startsOn, LocalDate endsOn)
            implements Serializable {}

    public record ParticipantRow(long id, long organisationId, String name, OrganisationType type)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    public List<EventRow> events() {
        return em.createNamedQuery(TradeEvent.ALL, TradeEvent.class).getResultList().stream()
                .map(e -> new EventRow(e.getId(), e.getName(), e.getVenue(), e.getStartsOn(), e.getEndsOn()))
                .toList();
    }

    public long create(
            @NotBlank @Size(max = TradeEvent.NAME_MAX) String name,
            @NotBlank @Size(max = TradeEvent.VENUE_MAX) String venue,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw BusinessException.invalid("products.trade.endsBeforeStart");
        }
        var event = new TradeEvent(name, venue, startsOn, endsOn);
        em.persist(event);
        em.flush();
        audit.record("TRADE_EVENT_CREATED", "TRADE_EVENT", event.getId(), event.getName());
        return event.getId();
    }

    public List<ParticipantRow> participants(long eventId) {
        return em
                .createNamedQuery(TradeParticipation.OF_EVENT, TradeParticipation.class)
                .setParameter("event", eventId)
                .getResultList()
                .stream()
                .map(p -> new ParticipantRow(
                        p.getId(),
                        p.getOrganisation().getId(),
                        p.getOrganisation().getName(),
                        p.getOrganisation().getType()))
                .toList();
    }

    public void addParticipant(long eventId, long organisationId) {
        var event = em.find(TradeEvent.class, eventId);
        var organisation = em.find(Organisation.class, organisationId);
        if (event == null || organisation == null) {
            throw BusinessException.notFound("products.trade.notFound");
        }
        if (!em.createNamedQuery(TradeParticipation.FIND, TradeParticipation.class)
                .setParameter("event", eventId)
                .setParameter("organisation", organisationId)
                .getResultList()
                .isEmpty()) {
            throw BusinessException.conflict("products.trade.alreadyIn", organisation.getName());
        }
        em.persist(new TradeParticipation(event, organisation));
        audit.record("TRADE_PARTICIPANT_ADDED", "TRADE_EVENT", eventId, organisation.getName());
    }

    public void removeParticipant(long participationId) {
        var participation = em.find(TradeParticipation.class, participationId);
        if (participation == null) {
            throw BusinessException.notFound("products.trade.notFound");
        }
        audit.record(
                "TRADE_PARTICIPANT_REMOVED",
                "TRADE_EVENT",
                participation.getEvent().getId(),
                participation.getOrganisation().getName());
        em.remove(participation);
    }
}

package vn.bentre.ocop.view.quantri;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.bentre.ocop.products.boundary.ProductAdminService;
import vn.bentre.ocop.products.boundary.TradePromotionService;
import vn.bentre.ocop.view.Pages;

/** Trade-promotion events and their participants ({@code quan-tri/xuc-tien.xhtml}). */
@Named
@ViewScoped
public class TradeEventsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    TradePromotionService trade;

    @Inject
    ProductAdminService products;

    private List<TradePromotionService.EventRow> events;
    private List<ProductAdminService.Choice> organisations;
    private String name;
    private String venue;
    private LocalDate startsOn;
    private LocalDate endsOn;

    private TradePromotionService.EventRow selected;
    private List<TradePromotionService.ParticipantRow> participants;
    private Long organisationId;

    @PostConstruct
    void init() {
        events = trade.events();
        organisations = products.owners();
    }

    public void create() {
        try {
            trade.create(name, venue, startsOn, endsOn);
            Pages.info("products.trade.created", name);
            name = venue = null;
            startsOn = endsOn = null;
            events = trade.events();
        } catch (RuntimeException refused) {
            Pages.refusal("event", refused);
        }
    }

    public void select(TradePromotionService.EventRow event) {
        selected = event;
        participants = trade.participants(event.id());
        organisationId = null;
    }

    public void addParticipant() {
        if (selected == null || organisationId == null) {
            return;
        }
        try {
            trade.addParticipant(selected.id(), organisationId);
            participants = trade.participants(selected.id());
            organisationId = null;
        } catch (RuntimeException refused) {
            Pages.refusal("participants", refused);
        }
    }

    public void removeParticipant(TradePromotionService.ParticipantRow participant) {
        try {
            trade.removeParticipant(participant.id());
            participants = trade.participants(selected.id());
        } catch (RuntimeException refused) {
            Pages.refusal("participants", refused);
        }
    }

    public List<TradePromotionService.EventRow> getEvents() {
        return events;
    }

    public List<ProductAdminService.Choice> getOrganisations() {
        return organisations;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public TradePromotionService.EventRow getSelected() {
        return selected;
    }

    public List<TradePromotionService.ParticipantRow> getParticipants() {
        return participants;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}

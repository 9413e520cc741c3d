package vn.bentre.ocop.products.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import vn.bentre.ocop.directory.entity.Organisation;

/** An organisation took part in a trade-promotion event (once per event). */
@Entity
@Table(name = "trade_participation")
@NamedQuery(
        name = TradeParticipation.OF_EVENT,
        query =
                "select p from TradeParticipation p join fetch p.organisation o where p.event.id = :event order by o.name")
@NamedQuery(
        name = TradeParticipation.BUSINESS_BY_YEAR,
        query = "select p.event.startsOn, count(p) from TradeParticipation p where p.organisation.type in :types"
                + " group by p.event.startsOn")
@NamedQuery(
        name = TradeParticipation.FIND,
        query = "select p from TradeParticipation p where p.event.id = :event and p.organisation.id = :organisation")
@NamedQuery(
        name = TradeParticipation.OF_ORGANISATION,
        query = "select p from TradeParticipation p where p.organisation.id = :organisation")
public class TradeParticipation {

    public static final String OF_EVENT = "TradeParticipation.ofEvent";
    public static final String BUSINESS_BY_YEAR = "TradeParticipation.businessByYear";
    public static final String FIND = "TradeParticipation.find";
    public static final String OF_ORGANISATION = "TradeParticipation.ofOrganisation";

    @Id
    @SequenceGenerator(name = "trade_participation_seq", sequenceName = "trade_participation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trade_participation_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private TradeEvent event;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    protected TradeParticipation() {
        // for JPA
    }

    public TradeParticipation(TradeEvent event, Organisation organisation) {
        this.event = event;
        this.organisation = organisation;
    }

    public void moveTo(Organisation kept) {
        this.organisation = kept;
    }

    public Long getId() {
        return id;
    }

    public TradeEvent getEvent() {
        return event;
    }

    public Organisation getOrganisation() {
        return organisation;
    }
}

package vn.bentre.ocop.products.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A trade-promotion event (fair, exhibition, market connection) that organisations take part in. */
@Entity
@Table(name = "trade_event")
@NamedQuery(name = TradeEvent.COUNT, query = "select count(e) from TradeEvent e")
@NamedQuery(name = TradeEvent.ALL, query = "select e from TradeEvent e order by e.startsOn desc, e.id desc")
public class TradeEvent {

    public static final String COUNT = "TradeEvent.count";
    public static final String ALL = "TradeEvent.all";
    public static final int NAME_MAX = 200;
    public static final int VENUE_MAX = 200;

    @Id
    @SequenceGenerator(name = "trade_event_seq", sequenceName = "trade_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trade_event_seq")
    private Long id;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = VENUE_MAX)
    @Column(nullable = false, length = VENUE_MAX)
    private String venue;

    @NotNull
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @NotNull
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Version
    private long version;

    protected TradeEvent() {
        // for JPA
    }

    public TradeEvent(String name, String venue, LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("An event cannot end before it starts");
        }
        this.name = name.strip();
        this.venue = venue.strip();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getVenue() {
        return venue;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}

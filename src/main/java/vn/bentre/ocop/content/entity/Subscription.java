package vn.bentre.ocop.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * A reader's wish to be mailed about new content of one topic. Nothing is sent to an address until its owner
 * confirmed it from the mail we sent there (double opt-in); unsubscribing is one click and final.
 */
@Entity
@Table(name = "subscription")
@NamedQuery(name = Subscription.BY_TOKEN, query = "select s from Subscription s where s.token = :token")
@NamedQuery(
        name = Subscription.BY_ADDRESS,
        query = "select s from Subscription s where s.email = :email and s.topic = :topic and s.topicKey = :key")
@NamedQuery(
        name = Subscription.CONFIRMED_FOR,
        query = "select s from Subscription s where s.topic = :topic and s.topicKey = :key"
                + " and s.status = vn.bentre.ocop.content.entity.Subscription.Status.CONFIRMED order by s.id")
public class Subscription {

    public static final String BY_TOKEN = "Subscription.byToken";
    public static final String BY_ADDRESS = "Subscription.byAddress";
    public static final String CONFIRMED_FOR = "Subscription.confirmedFor";

    public static final int EMAIL_MAX = 254;
    public static final int KEY_MAX = 120;

    /** What one can subscribe to. SERIES and CATEGORY take a key (the series or category slug). */
    public enum Topic {
        NEWS,
        BULLETINS,
        SERIES,
        CATEGORY
    }

    public enum Status {
        PENDING,
        CONFIRMED,
        UNSUBSCRIBED
    }

    @Id
    @SequenceGenerator(name = "subscription_seq", sequenceName = "subscription_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_seq")
    private Long id;

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX)
    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Topic topic;

    @NotNull
    @Size(max = KEY_MAX)
    @Column(name = "topic_key", nullable = false, length = KEY_MAX)
    private String topicKey;

    @NotBlank
    @Column(nullable = false, length = 2)
    private String language;

    @NotBlank
    @Column(nullable = false, unique = true, length = 64)
    private String token;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 14)
    private Status status = Status.PENDING;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Version
    private long version;

    protected Subscription() {
        // for JPA
    }

    public Subscription(String email, Topic topic, String topicKey, String language, String token, LocalDateTime now) {
        this.email = email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
        this.topic = topic;
        this.topicKey = topicKey == null ? "" : topicKey;
        this.language = language;
        this.token = token;
        this.createdAt = now;
    }

    /** Confirming twice is harmless; an unsubscribed address is not brought back by an old link. */
    public boolean confirm(LocalDateTime now) {
        if (status != Status.PENDING) {
            return status == Status.CONFIRMED;
        }
        status = Status.CONFIRMED;
        confirmedAt = now;
        return true;
    }

    public void unsubscribe(LocalDateTime now) {
        if (status != Status.UNSUBSCRIBED) {
            status = Status.UNSUBSCRIBED;
            endedAt = now;
        }
    }

    /**
     * Subscribing again after unsubscribing starts over: a new token and a new confirmation, so an address can
     * only come back by its owner's own click.
     */
    public void renew(String newToken, String newLanguage, LocalDateTime now) {
        if (status == Status.UNSUBSCRIBED) {
            status = Status.PENDING;
            token = newToken;
            createdAt = now;
            confirmedAt = null;
            endedAt = null;
        }
        language = newLanguage;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Topic getTopic() {
        return topic;
    }

    public String getTopicKey() {
        return topicKey;
    }

    public String getLanguage() {
        return language;
    }

    public String getToken() {
        return token;
    }

    public Status getStatus() {
        return status;
    }
}

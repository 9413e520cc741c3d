package vn.bentre.ocop.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import vn.bentre.ocop.content.control.Subscribers;
import vn.bentre.ocop.content.entity.Category;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.content.entity.Subscription;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * Anonymous readers subscribe to new bulletins, news, a category or a thematic series by e-mail: subscribe (a confirmation mail goes out),
 * confirm from that mail, unsubscribe from any mail. The answer to "subscribe" never reveals whether an address
 * was already subscribed.
 */
@Stateless
@PermitAll
public class SubscriptionService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Subscribers subscribers;

    @Inject
    PublishedContentService published;

    @Inject
    PortalClock clock;

    /**
     * Subscribes to news or bulletins ({@code key} empty), to a category (its slug) or to a published series (its
     * slug); an unknown category or series is refused.
     */
    public void subscribe(
            @NotBlank @Email @Size(max = Subscription.EMAIL_MAX) String email,
            @NotNull Subscription.Topic topic,
            @Size(max = Subscription.KEY_MAX) String key,
            @NotNull @Pattern(regexp = "^(vi|en)$") String language) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        String topicKey = key == null ? "" : key.strip();
        String topicName = topicName(topic, topicKey, language);
        var existing = em.createNamedQuery(Subscription.BY_ADDRESS, Subscription.class)
                .setParameter("email", address)
                .setParameter("topic", topic)
                .setParameter("key", topicKey)
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            var subscription = existing.get();
            subscription.renew(newToken(), language, clock.now());
            if (subscription.getStatus() == Subscription.Status.PENDING) {
                subscribers.askToConfirm(subscription, topicName);
            }
            return;
        }
        var subscription = new Subscription(address, topic, topicKey, language, newToken(), clock.now());
        em.persist(subscription);
        subscribers.askToConfirm(subscription, topicName);
    }

    /** The name of a category or series to subscribe to, or null for news and bulletins; refuses unknown keys. */
    private String topicName(Subscription.Topic topic, String key, String language) {
        boolean keyed = topic == Subscription.Topic.CATEGORY || topic == Subscription.Topic.SERIES;
        if (keyed == key.isEmpty()) {
            throw BusinessException.invalid("subscription.unknownTopic");
        }
        if (topic == Subscription.Topic.CATEGORY) {
            return em.createNamedQuery(Category.BY_SLUG, Category.class)
                    .setParameter("slug", key)
                    .getResultStream()
                    .findFirst()
                    .map(c -> c.name(language))
                    .orElseThrow(() -> BusinessException.invalid("subscription.unknownTopic"));
        }
        if (topic == Subscription.Topic.SERIES) {
            return published
                    .findPublished(ContentType.SERIES, key)
                    .map(ContentItem::getTitle)
                    .orElseThrow(() -> BusinessException.invalid("subscription.unknownTopic"));
        }
        return null;
    }

    /** The topic confirmed, if the token is known and still subscribed. */
    public Optional<Subscription.Topic> confirm(@Size(max = 64) String token) {
        return byToken(token).filter(s -> s.confirm(clock.now())).map(Subscription::getTopic);
    }

    /** The topic left, if the token is known; unsubscribing twice is not an error. */
    public Optional<Subscription.Topic> unsubscribe(@Size(max = 64) String token) {
        return byToken(token).map(s -> {
            s.unsubscribe(clock.now());
            return s.getTopic();
        });
    }

    private Optional<Subscription> byToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Subscription.BY_TOKEN, Subscription.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

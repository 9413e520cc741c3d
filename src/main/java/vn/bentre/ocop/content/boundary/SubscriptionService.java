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
import vn.bentre.ocop.content.entity.Subscription;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * Anonymous readers subscribe to new bulletins or news by e-mail: subscribe (a confirmation mail goes out),
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
    PortalClock clock;

    public void subscribe(
            @NotBlank @Email @Size(max = Subscription.EMAIL_MAX) String email,
            @NotNull Subscription.Topic topic,
            @NotNull @Pattern(regexp = "^(vi|en)$") String language) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        var existing = em.createNamedQuery(Subscription.BY_ADDRESS, Subscription.class)
                .setParameter("email", address)
                .setParameter("topic", topic)
                .setParameter("key", "")
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            var subscription = existing.get();
            subscription.renew(newToken(), language, clock.now());
            if (subscription.getStatus() == Subscription.Status.PENDING) {
                subscribers.askToConfirm(subscription);
            }
            return;
        }
        var subscription = new Subscription(address, topic, "", language, newToken(), clock.now());
        em.persist(subscription);
        subscribers.askToConfirm(subscription);
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

package vn.bentre.ocop.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.bentre.ocop.content.boundary.SubscriptionService;
import vn.bentre.ocop.content.entity.Subscription;
import vn.bentre.ocop.platform.control.Language;

/**
 * Subscribing by e-mail ({@code nhan-tin.xhtml}), confirming ({@code xac-nhan-nhan-tin.xhtml}) and unsubscribing
 * ({@code huy-nhan-tin.xhtml}); the last two act on the {@code ma} (token) parameter of the links in our mails.
 */
@Named
@RequestScoped
public class SubscriptionBacking {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    Language language;

    private String email;
    private Subscription.Topic topic = Subscription.Topic.BULLETINS;
    private String token;
    private Subscription.Topic outcome;
    private boolean done;

    public void subscribe() {
        try {
            subscriptions.subscribe(email, topic, language.getTag());
            done = true;
        } catch (RuntimeException refused) {
            Pages.refusal("subscribe", refused);
        }
    }

    /** View action of the confirmation page. */
    public void confirm() {
        outcome = subscriptions.confirm(token).orElse(null);
    }

    /** View action of the unsubscribe page: one click from the mail is enough. */
    public void unsubscribe() {
        outcome = subscriptions.unsubscribe(token).orElse(null);
    }

    public Subscription.Topic[] getTopics() {
        return new Subscription.Topic[] {Subscription.Topic.BULLETINS, Subscription.Topic.NEWS};
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Subscription.Topic getTopic() {
        return topic;
    }

    public void setTopic(Subscription.Topic topic) {
        this.topic = topic;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token == null || token.length() > 64 ? null : token;
    }

    public Subscription.Topic getOutcome() {
        return outcome;
    }

    public boolean isDone() {
        return done;
    }
}

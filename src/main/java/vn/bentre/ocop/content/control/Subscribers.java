package vn.bentre.ocop.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import vn.bentre.ocop.content.entity.ContentChanged;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.content.entity.Subscription;
import vn.bentre.ocop.platform.control.Messages;
import vn.bentre.ocop.platform.control.Outbox;
import vn.bentre.ocop.platform.control.Site;

/**
 * Tells confirmed subscribers about newly published content. Runs inside the publishing transaction and only
 * writes to the outbox, so a publish and its notices commit together and a slow mail server delays nothing.
 */
@ApplicationScoped
public class Subscribers {

    public static final String CONFIRM_PATH = "/xac-nhan-nhan-tin";
    public static final String UNSUBSCRIBE_PATH = "/huy-nhan-tin";
    public static final String ONE_CLICK_PATH = "/api/nhan-tin/huy";

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Site site;

    void onPublished(@Observes ContentChanged change) {
        if (change.kind() != ContentChanged.Kind.PUBLISHED) {
            return;
        }
        topicOf(change.type()).ifPresent(topic -> notify(em.find(ContentItem.class, change.itemId()), topic, ""));
    }

    /** Which subscription topic a newly published item of this type concerns. */
    static Optional<Subscription.Topic> topicOf(ContentType type) {
        return switch (type) {
            case NEWS -> Optional.of(Subscription.Topic.NEWS);
            case BULLETIN -> Optional.of(Subscription.Topic.BULLETINS);
            default -> Optional.empty();
        };
    }

    /** Mails everyone confirmed for this topic and key about the item. */
    public int notify(ContentItem item, Subscription.Topic topic, String key) {
        var subscribers = em.createNamedQuery(Subscription.CONFIRMED_FOR, Subscription.class)
                .setParameter("topic", topic)
                .setParameter("key", key)
                .getResultList();
        String link = site.getBaseUrl() + ContentPaths.itemPath(item.getType(), item.getSlug());
        for (var subscriber : subscribers) {
            var locale = Locale.of(subscriber.getLanguage());
            String unsubscribe = unsubscribeLink(subscriber);
            String text = Messages.get(
                    locale,
                    "subscription.notice.text",
                    item.getTitle(),
                    item.getSummary() == null ? "" : item.getSummary(),
                    link,
                    unsubscribe);
            outbox.enqueue(
                            "SUBSCRIPTION_NOTICE",
                            subscriber.getEmail(),
                            Messages.get(locale, "subscription.notice.subject", item.getTitle()),
                            text,
                            null)
                    .unsubscribeAt(site.getBaseUrl() + ONE_CLICK_PATH + "?ma=" + subscriber.getToken());
        }
        return subscribers.size();
    }

    /** The double opt-in mail: nothing else is ever sent to an address before its owner clicks this link. */
    public void askToConfirm(Subscription subscription) {
        var locale = Locale.of(subscription.getLanguage());
        String topic = Messages.get(locale, "subscription.topic." + subscription.getTopic());
        String confirm = site.getBaseUrl() + CONFIRM_PATH + "?ma=" + subscription.getToken();
        outbox.enqueue(
                "SUBSCRIPTION_CONFIRM",
                subscription.getEmail(),
                Messages.get(locale, "subscription.confirm.subject", topic),
                Messages.get(locale, "subscription.confirm.text", topic, confirm),
                null);
    }

    private String unsubscribeLink(Subscription subscription) {
        return site.getBaseUrl() + UNSUBSCRIBE_PATH + "?ma=" + subscription.getToken();
    }
}

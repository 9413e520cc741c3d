package vn.bentre.ocop.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.bentre.ocop.content.entity.ContentChanged;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.content.entity.Subscription;
import vn.bentre.ocop.platform.control.Messages;
import vn.bentre.ocop.platform.control.Outbox;
import vn.bentre.ocop.platform.control.PortalClock;
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

    @Inject
    PortalClock clock;

    void onPublished(@Observes ContentChanged change) {
        if (change.kind() != ContentChanged.Kind.PUBLISHED) {
            return;
        }
        var item = em.find(ContentItem.class, change.itemId());
        var told = new HashSet<String>();
        topicOf(change.type()).ifPresent(topic -> notify(item, topic, "", told));
        for (String category : categoriesOf(item.getId())) {
            notify(item, Subscription.Topic.CATEGORY, category, told);
        }
        for (String series : seriesOf(item.getId())) {
            notify(item, Subscription.Topic.SERIES, series, told);
        }
    }

    private List<String> categoriesOf(long itemId) {
        return strings(em.createNativeQuery("select c.slug from content_category c join content_item_category ic"
                        + " on ic.category_id = c.id where ic.item_id = ?1 order by c.slug")
                .setParameter(1, itemId)
                .getResultList());
    }

    /** The slugs of the series this item belongs to that readers may see. */
    private List<String> seriesOf(long itemId) {
        return ContentItem.bindVisible(
                        em.createQuery(
                                "select s.slug from ContentItem s, SeriesEntry si where si.seriesId = s.id"
                                        + " and si.itemId = :item and" + ContentItem.visibleTo("s")
                                        + " order by s.slug",
                                String.class),
                        clock.now())
                .setParameter("item", itemId)
                .getResultList();
    }

    private static List<String> strings(List<?> rows) {
        return rows.stream().map(String::valueOf).toList();
    }

    /** Which subscription topic a newly published item of this type concerns. */
    static Optional<Subscription.Topic> topicOf(ContentType type) {
        return switch (type) {
            case NEWS -> Optional.of(Subscription.Topic.NEWS);
            case BULLETIN -> Optional.of(Subscription.Topic.BULLETINS);
            default -> Optional.empty();
        };
    }

    /**
     * Mails everyone confirmed for this topic and key about the item, except the addresses in {@code told} (already
     * mailed about it for another topic); adds those it mails to {@code told}.
     */
    public int notify(ContentItem item, Subscription.Topic topic, String key, Set<String> told) {
        var subscribers = em.createNamedQuery(Subscription.CONFIRMED_FOR, Subscription.class)
                .setParameter("topic", topic)
                .setParameter("key", key)
                .getResultList();
        String link = site.getBaseUrl() + ContentPaths.itemPath(item.getType(), item.getSlug());
        int mailed = 0;
        for (var subscriber : subscribers) {
            if (!told.add(subscriber.getEmail())) {
                continue;
            }
            mailed++;
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
        return mailed;
    }

    /** The double opt-in mail: nothing else is ever sent to an address before its owner clicks this link. */
    public void askToConfirm(Subscription subscription, String topicName) {
        var locale = Locale.of(subscription.getLanguage());
        String topic = Messages.get(locale, "subscription.topic." + subscription.getTopic())
                + (topicName == null ? "" : " «" + topicName + "»");
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

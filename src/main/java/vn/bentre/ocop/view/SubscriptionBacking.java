package vn.bentre.ocop.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import vn.bentre.ocop.content.boundary.ContentLibraryService;
import vn.bentre.ocop.content.boundary.PublishedContentService;
import vn.bentre.ocop.content.boundary.SubscriptionService;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.content.entity.Subscription;
import vn.bentre.ocop.platform.control.Language;
import vn.bentre.ocop.platform.control.Messages;

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

    @Inject
    ContentLibraryService library;

    @Inject
    PublishedContentService published;

    /** One thing to subscribe to: {@code NEWS}, {@code BULLETINS}, {@code CATEGORY:slug} or {@code SERIES:slug}. */
    public record Choice(String value, String label) {}

    private String email;
    private String choice = Subscription.Topic.BULLETINS.name();
    private List<Choice> choices;
    private String token;
    private Subscription.Topic outcome;
    private boolean done;

    /**
     * What the page offers: news, bulletins, each category and each published series. Labels come from the
     * reader's language directly: the view's locale is not set yet when this runs.
     */
    @PostConstruct
    void loadChoices() {
        var all = new ArrayList<Choice>();
        for (var topic : List.of(Subscription.Topic.BULLETINS, Subscription.Topic.NEWS)) {
            all.add(new Choice(topic.name(), Messages.get(language.getLocale(), "subscription.topic." + topic)));
        }
        for (var category : library.categories()) {
            all.add(new Choice(
                    Subscription.Topic.CATEGORY + ":" + category.getSlug(),
                    Messages.get(
                            language.getLocale(), "subscription.choice.category", category.name(language.getTag()))));
        }
        for (var series : published.latest(ContentType.SERIES, PublishedContentService.MAX_PAGE_SIZE)) {
            all.add(new Choice(
                    Subscription.Topic.SERIES + ":" + series.getSlug(),
                    Messages.get(language.getLocale(), "subscription.choice.series", series.getTitle())));
        }
        choices = all;
    }

    public void subscribe() {
        String[] parts = choice == null ? new String[] {""} : choice.split(":", 2);
        Subscription.Topic topic;
        try {
            topic = Subscription.Topic.valueOf(parts[0]);
        } catch (IllegalArgumentException unknown) {
            Pages.fieldError("subscribe:choice", "subscription.unknownTopic");
            return;
        }
        try {
            subscriptions.subscribe(email, topic, parts.length > 1 ? parts[1] : "", language.getTag());
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

    public List<Choice> getChoices() {
        return choices;
    }

    public String getChoice() {
        return choice;
    }

    /** Also set from {@code ?chu-de=} so a series or category page can link straight to its subscription. */
    public void setChoice(String choice) {
        this.choice = choice;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

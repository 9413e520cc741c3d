package vn.bentre.ocop.content;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.bentre.ocop.content.control.HtmlSanitizer;
import vn.bentre.ocop.content.entity.ContentChanged;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.content.entity.SlugHistory;
import vn.bentre.ocop.identity.control.DemoAccounts;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * Test data for {@link DiscoveryIT}, deployed with it: published as the editorial workflow will publish, by
 * firing {@link ContentChanged} in the publishing transaction, so the search index gets them through its
 * observer (after the start-up build has indexed the demo items).
 */
@Singleton
@Startup
@DependsOn("SearchStartup")
public class DiscoverySeed {

    static final String EXACT_TITLE = "Du lịch Cồn Phụng mùa nước nổi";
    static final String FOLDED_TITLE = "Con Phung ven song Tien";
    static final String TRICKY_TITLE = "Kẹo dừa <b>Mỏ Cày</b> & bánh phồng";
    static final String OLD_SLUG = "ten-cu-con-phung";

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    Event<ContentChanged> changed;

    @PostConstruct
    void seed() {
        var editor = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", DemoAccounts.EDITOR)
                .getSingleResult();
        var now = clock.now();
        var exact =
                publish(EXACT_TITLE, "du-lich-con-phung", "<p>Cù lao giữa sông Tiền.</p>", editor, now.minusDays(40));
        publish(FOLDED_TITLE, "con-phung-ven-song-tien", "<p>Khong dau.</p>", editor, now.minusDays(3));
        publish(
                TRICKY_TITLE,
                "keo-dua-mo-cay",
                "<p>Mẹo: gõ &lt;script&gt;alert(1)&lt;/script&gt; không chạy; kẹo dừa Mỏ Cày thơm ngon.</p>",
                editor,
                now.minusDays(5));
        em.persist(new SlugHistory(exact, OLD_SLUG, now));
    }

    private ContentItem publish(String title, String slug, String body, Account author, java.time.LocalDateTime at) {
        var item = new ContentItem(
                ContentType.NEWS, title, slug, "Tóm tắt: " + title, HtmlSanitizer.sanitize(body), "vi", author, at);
        item.publish(at, clock.now());
        em.persist(item);
        em.flush();
        changed.fire(new ContentChanged(item.getId(), ContentType.NEWS, ContentChanged.Kind.PUBLISHED));
        return item;
    }
}

package vn.bentre.ocop.content.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bentre.ocop.content.entity.WorkflowTest.NOW;
import static vn.bentre.ocop.content.entity.WorkflowTest.account;

import org.junit.jupiter.api.Test;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.Role;

/**
 * The one rule for "visible to readers": published (or scheduled and due), its time come, its expiry not yet
 * come. An expired item is hidden at once, not only when the sweep archives it; JPQL and SQL say the same.
 */
class VisibilityTest {

    Account editor = account("bientap@x.vn", Role.EDITOR);
    Account otherEditor = account("bientap2@x.vn", Role.EDITOR);

    private ContentItem published(java.time.LocalDateTime expiresAt) {
        var news = new ContentItem(ContentType.NEWS, "Tiêu đề", "tieu-de", null, "<p>x</p>", "vi", editor, NOW);
        news.revise("Tiêu đề", "tieu-de", null, "<p>x</p>", "vi", expiresAt, editor, NOW);
        news.submit(editor, NOW);
        news.approve(otherEditor, null, NOW);
        return news;
    }

    @Test
    void aPublishedItemIsVisibleUntilItsExpiryTimeEvenBeforeTheSweepArchivesIt() {
        var news = published(NOW.plusHours(1));

        assertThat(news.getStatus()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(news.isVisibleAt(NOW)).isTrue();
        assertThat(news.isVisibleAt(NOW.plusMinutes(59))).isTrue();
        assertThat(news.isVisibleAt(NOW.plusHours(1)))
                .as("hidden the moment it expires, still PUBLISHED")
                .isFalse();
        assertThat(news.isVisibleAt(NOW.plusDays(3))).isFalse();
        assertThat(news.isVisibleAt(NOW.minusSeconds(1)))
                .as("not before it was published")
                .isFalse();
    }

    @Test
    void withoutExpiryAPublishedItemStaysVisibleAndDraftsAndArchivedItemsNeverAre() {
        var news = published(null);
        assertThat(news.isVisibleAt(NOW.plusYears(10))).isTrue();

        var draft = new ContentItem(ContentType.NEWS, "Nháp", "nhap", null, "<p>x</p>", "vi", editor, NOW);
        assertThat(draft.isVisibleAt(NOW)).isFalse();

        news.archive(editor, NOW);
        assertThat(news.isVisibleAt(NOW)).isFalse();
    }

    @Test
    void aScheduledItemIsVisibleOnceItsTimeComesAndUntilItsExpiry() {
        var news = new ContentItem(ContentType.NEWS, "Hẹn giờ", "hen-gio", null, "<p>x</p>", "vi", editor, NOW);
        news.revise("Hẹn giờ", "hen-gio", null, "<p>x</p>", "vi", NOW.plusHours(3), editor, NOW);
        news.submit(editor, NOW);
        news.approve(otherEditor, NOW.plusHours(1), NOW);

        assertThat(news.getStatus()).isEqualTo(ContentStatus.SCHEDULED);
        assertThat(news.isVisibleAt(NOW)).isFalse();
        assertThat(news.isVisibleAt(NOW.plusHours(1))).isTrue();
        assertThat(news.isVisibleAt(NOW.plusHours(3))).isFalse();
    }

    @Test
    void queriesStateTheSameRuleWithTheExpiry() {
        assertThat(ContentItem.VISIBLE_TO_READERS).isEqualTo(ContentItem.visibleTo("c"));
        assertThat(ContentItem.visibleTo("t"))
                .isEqualTo(" t.status in :statuses and t.publishedAt <= :now"
                        + " and (t.expiresAt is null or t.expiresAt > :now)");
        assertThat(ContentItem.visibleSql("c"))
                .isEqualTo(" c.status IN ('SCHEDULED', 'PUBLISHED') AND c.published_at <= ?"
                        + " AND (c.expires_at IS NULL OR c.expires_at > ?)");
        assertThat(ContentItem.IN_READER_LANGUAGE).contains(ContentItem.visibleTo("t"));
    }
}

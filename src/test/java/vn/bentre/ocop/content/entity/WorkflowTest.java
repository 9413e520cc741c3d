package vn.bentre.ocop.content.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.platform.control.BusinessException;

/** The editorial workflow of {@link ContentItem}: transitions, who may make them, the self-approval rule. */
class WorkflowTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 9, 0);

    Account editor = account("bientap@x.vn", Role.EDITOR);
    Account otherEditor = account("bientap2@x.vn", Role.EDITOR);
    Account admin = account("quantri@x.vn", Role.ADMIN);
    Account trainer = account("giangvien@x.vn", Role.TRAINER);
    Account otherTrainer = account("giangvien2@x.vn", Role.TRAINER);
    Account learner = account("hocvien@x.vn", Role.LEARNER);

    static Account account(String email, Role role) {
        return new Account(email, email, "hash", Set.of(role), NOW);
    }

    static ContentItem item(ContentType type, Account author) {
        return new ContentItem(type, "Tiêu đề", "tieu-de", null, "<p>x</p>", "vi", author, NOW);
    }

    static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo(key);
    }

    @Test
    void newsGoesFromDraftThroughReviewToPublishedByAnotherEditor() {
        var news = item(ContentType.NEWS, editor);
        news.submit(editor, NOW);
        assertThat(news.getStatus()).isEqualTo(ContentStatus.IN_REVIEW);
        assertThat(news.getSubmittedBy()).isSameAs(editor);

        news.approve(otherEditor, null, NOW);

        assertThat(news.getStatus()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(news.getPublishedAt()).isEqualTo(NOW);
        assertThat(news.isVisibleAt(NOW)).isTrue();
    }

    @Test
    void anEditorMayNotApproveTheirOwnSubmissionButAnAdminMay() {
        var news = item(ContentType.NEWS, editor);
        news.submit(editor, NOW);
        refused(() -> news.approve(editor, null, NOW), "content.workflow.ownSubmission");
        assertThat(news.getStatus()).isEqualTo(ContentStatus.IN_REVIEW);

        var adminsOwn = item(ContentType.NEWS, admin);
        adminsOwn.submit(admin, NOW);
        adminsOwn.approve(admin, null, NOW);
        assertThat(adminsOwn.getStatus()).isEqualTo(ContentStatus.PUBLISHED);
    }

    @Test
    void submitterNotAuthorDecidesSelfApproval() {
        var news = item(ContentType.NEWS, editor);
        news.submit(otherEditor, NOW);
        refused(() -> news.approve(otherEditor, null, NOW), "content.workflow.ownSubmission");
        news.approve(editor, null, NOW);
        assertThat(news.getStatus()).isEqualTo(ContentStatus.PUBLISHED);
    }

    @Test
    void newsCannotBePublishedWithoutReview() {
        var news = item(ContentType.NEWS, editor);
        refused(() -> news.approve(otherEditor, null, NOW), "content.workflow.reviewFirst");
        refused(() -> news.approve(admin, null, NOW), "content.workflow.reviewFirst");
        assertThat(news.getStatus()).isEqualTo(ContentStatus.DRAFT);
    }

    @Test
    void aFuturePublishTimeSchedulesAndAPastOnePublishesNow() {
        var news = item(ContentType.NEWS, editor);
        news.submit(editor, NOW);
        news.approve(otherEditor, NOW.plusHours(2), NOW);
        assertThat(news.getStatus()).isEqualTo(ContentStatus.SCHEDULED);
        assertThat(news.isVisibleAt(NOW)).isFalse();
        assertThat(news.isVisibleAt(NOW.plusHours(2))).isTrue();

        news.approve(otherEditor, NOW.minusDays(1), NOW);
        assertThat(news.getStatus()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(news.getPublishedAt()).as("never back-dated").isEqualTo(NOW);
    }

    @Test
    void aTrainerWritesAndPublishesTheirOwnMaterialWithoutReview() {
        assertThat(ContentItem.mayWrite(trainer, ContentType.MATERIAL)).isTrue();
        assertThat(ContentItem.mayWrite(trainer, ContentType.NEWS)).isFalse();
        assertThat(ContentItem.mayWrite(learner, ContentType.MATERIAL)).isFalse();
        var material = item(ContentType.MATERIAL, trainer);

        material.approve(trainer, null, NOW);

        assertThat(material.getStatus()).isEqualTo(ContentStatus.PUBLISHED);
    }

    @Test
    void aTrainerMayNotTouchAnotherTrainersMaterialNorAnyNews() {
        var material = item(ContentType.MATERIAL, trainer);
        refused(() -> material.approve(otherTrainer, null, NOW), "content.workflow.notYours");
        refused(() -> material.archive(otherTrainer, NOW), "content.workflow.notYours");
        var news = item(ContentType.NEWS, editor);
        refused(() -> news.submit(trainer, NOW), "content.workflow.notYours");
        news.submit(editor, NOW);
        refused(() -> news.approve(trainer, null, NOW), "content.workflow.notReviewer");
        refused(() -> news.sendBack(trainer, "Sửa lại", NOW), "content.workflow.notReviewer");
    }

    @Test
    void sendBackNeedsACommentAndReturnsTheItemToItsAuthorAsDraft() {
        var news = item(ContentType.NEWS, editor);
        news.submit(editor, NOW);
        refused(() -> news.sendBack(otherEditor, "  ", NOW), "content.workflow.commentRequired");

        news.sendBack(otherEditor, " Cần bổ sung nguồn ảnh. ", NOW);

        assertThat(news.getStatus()).isEqualTo(ContentStatus.DRAFT);
        assertThat(news.getReviewComment()).isEqualTo("Cần bổ sung nguồn ảnh.");
        news.submit(editor, NOW);
        assertThat(news.getReviewComment()).as("cleared on resubmission").isNull();
    }

    @Test
    void onlyItemsInReviewOrScheduledCanBeSentBack() {
        var news = item(ContentType.NEWS, editor);
        refused(() -> news.sendBack(otherEditor, "x", NOW), "content.workflow.notInReview");
        news.submit(editor, NOW);
        news.approve(otherEditor, NOW.plusDays(1), NOW);
        news.sendBack(otherEditor, "Chưa đến lúc", NOW);
        assertThat(news.getStatus()).isEqualTo(ContentStatus.DRAFT);
        assertThat(news.getPublishedAt()).isNull();
    }

    @Test
    void submitOnlyFromDraftAndPublishedCannotBePublishedAgain() {
        var news = item(ContentType.NEWS, editor);
        news.submit(editor, NOW);
        refused(() -> news.submit(editor, NOW), "content.workflow.notDraft");
        news.approve(otherEditor, null, NOW);
        refused(() -> news.approve(otherEditor, null, NOW), "content.workflow.alreadyPublished");
    }

    @Test
    void archivedIsFinalAndArchivingAPublicItemReportsItWasVisible() {
        var news = item(ContentType.NEWS, editor);
        news.submit(editor, NOW);
        news.approve(otherEditor, null, NOW);

        assertThat(news.archive(editor, NOW)).isTrue();

        assertThat(news.getStatus()).isEqualTo(ContentStatus.ARCHIVED);
        assertThat(news.isVisibleAt(NOW)).isFalse();
        refused(() -> news.submit(editor, NOW), "content.workflow.archived");
        refused(() -> news.approve(admin, null, NOW), "content.workflow.archived");
        refused(() -> news.revise("T", "t", null, "", "vi", null, editor, NOW), "content.workflow.archived");
        assertThat(item(ContentType.NEWS, editor).archive(editor, NOW))
                .as("a draft was not public")
                .isFalse();
    }

    @Test
    void expiryMustFollowThePublishTimeAndExpiredItemsAreDue() {
        var news = item(ContentType.NEWS, editor);
        news.revise("T", "t", null, "", "vi", NOW.plusHours(1), editor, NOW);
        news.submit(editor, NOW);
        refused(() -> news.approve(otherEditor, NOW.plusHours(2), NOW), "content.workflow.expiryBeforePublish");

        news.approve(otherEditor, null, NOW);

        assertThat(news.isExpiredAt(NOW.plusMinutes(59))).isFalse();
        assertThat(news.isExpiredAt(NOW.plusHours(1))).isTrue();
    }

    @Test
    void renamingThePublishedSlugReturnsTheOldOneForRedirectsButADraftsDoesNot() {
        var news = item(ContentType.NEWS, editor);
        assertThat(news.revise("T", "moi", null, "", "vi", null, editor, NOW)).isEmpty();
        news.submit(editor, NOW);
        news.approve(otherEditor, null, NOW);

        assertThat(news.revise("T", "moi-hon", null, "", "vi", null, editor, NOW))
                .contains("moi");
        assertThat(news.revise("T2", "moi-hon", null, "", "vi", null, editor, NOW))
                .isEmpty();
        assertThat(news.getSlug()).isEqualTo("moi-hon");
    }
}

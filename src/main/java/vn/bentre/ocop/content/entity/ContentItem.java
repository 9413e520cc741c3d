package vn.bentre.ocop.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Query;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Optional;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.platform.control.BusinessException;

/**
 * A piece of published communication. The body is HTML that has passed the content sanitizer before it was
 * given to this entity; a reader sees an item only when it is published (or scheduled) and its time has come.
 */
@Entity
@Table(name = "content_item")
@NamedQuery(name = ContentItem.COUNT, query = "select count(c) from ContentItem c")
@NamedQuery(
        name = ContentItem.VISIBLE,
        query = "select c from ContentItem c where c.type = :type and" + ContentItem.VISIBLE_TO_READERS
                + " order by c.publishedAt desc, c.id desc")
@NamedQuery(
        name = ContentItem.COUNT_VISIBLE,
        query = "select count(c) from ContentItem c where c.type = :type and" + ContentItem.VISIBLE_TO_READERS)
@NamedQuery(
        name = ContentItem.VISIBLE_BY_SLUG,
        query = "select c from ContentItem c join fetch c.author" + " where c.type = :type and c.slug = :slug and"
                + ContentItem.VISIBLE_TO_READERS)
public class ContentItem {

    public static final String COUNT = "ContentItem.count";
    public static final String VISIBLE = "ContentItem.visible";
    public static final String COUNT_VISIBLE = "ContentItem.countVisible";
    public static final String VISIBLE_BY_SLUG = "ContentItem.visibleBySlug";

    /*
     * Visible to readers: THE rule, in one place. An item is visible while its status is one readers may see
     * (ContentStatus.VISIBLE: published, or scheduled: a scheduled item goes live by itself when its time comes,
     * before the sweep marks it published), its publishing time has come and its expiry time (if any) has not;
     * an expired item is hidden at once, before the sweep archives it. isVisibleAt says it in Java, visibleTo
     * in JPQL and visibleSql in SQL; "now" is always PortalClock's.
     */

    /**
     * JPQL condition (with a leading space) that item {@code alias} is visible to readers at {@code :now}; bind
     * its parameters with {@link #bindVisible}.
     */
    public static String visibleTo(String alias) {
        return " " + alias + ".status in :statuses and " + alias + ".publishedAt <= :now and (" + alias
                + ".expiresAt is null or " + alias + ".expiresAt > :now)";
    }

    /** {@link #visibleTo} for the usual alias {@code c}. */
    public static final String VISIBLE_TO_READERS =
            " c.status in :statuses and c.publishedAt <= :now and (c.expiresAt is null or c.expiresAt > :now)";

    /** Binds {@code :statuses} and {@code :now} of {@link #visibleTo}; {@code now} from {@code PortalClock}. */
    public static <Q extends Query> Q bindVisible(Q query, LocalDateTime now) {
        query.setParameter("statuses", ContentStatus.VISIBLE);
        query.setParameter("now", now);
        return query;
    }

    /**
     * The same condition in SQL on table {@code content_item} as {@code alias}, for native queries: two
     * positional parameters, both the current time.
     */
    public static String visibleSql(String alias) {
        String statuses = ContentStatus.VISIBLE.stream()
                .map(s -> "'" + s.name() + "'")
                .collect(java.util.stream.Collectors.joining(", "));
        return " " + alias + ".status IN (" + statuses + ") AND " + alias + ".published_at <= ? AND (" + alias
                + ".expires_at IS NULL OR " + alias + ".expires_at > ?)";
    }

    /**
     * JPQL condition on {@code c} for a reader of language {@code :lang}: an item in that language, or an item of
     * whose piece no translation in that language is visible (needs {@link #bindVisible}).
     */
    public static final String IN_READER_LANGUAGE = " (c.language = :lang or not exists (select t from ContentItem t"
            + " where t.language = :lang and" + visibleTo("t")
            + " and (t.translationOfId = c.id or t.id = c.translationOfId or t.translationOfId = c.translationOfId)))";

    public static final int TITLE_MAX = 250;
    public static final int SLUG_MAX = 120;
    public static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int SUMMARY_MAX = 600;
    public static final int BODY_MAX = 200_000;
    public static final String LANGUAGE_PATTERN = "^(vi|en)$";
    public static final int PERIOD_MAX = 60;
    public static final int REVIEW_COMMENT_MAX = 1000;

    @Id
    @SequenceGenerator(name = "content_item_seq", sequenceName = "content_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_item_seq")
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 20)
    private ContentType type;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContentStatus status;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @NotBlank
    @Size(max = SLUG_MAX)
    @Pattern(regexp = SLUG_PATTERN)
    @Column(nullable = false, length = SLUG_MAX)
    private String slug;

    @Size(max = SUMMARY_MAX)
    @Column(length = SUMMARY_MAX)
    private String summary;

    @NotNull
    @Size(max = BODY_MAX)
    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @NotNull
    @Pattern(regexp = LANGUAGE_PATTERN)
    @Column(nullable = false, length = 2)
    private String language;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Account author;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "view_count", nullable = false)
    private long viewCount;

    /** The original this item translates, or null when it is an original. */
    @Column(name = "translation_of_id", updatable = false)
    private Long translationOfId;

    @Positive
    @Column(name = "issue_number")
    private Integer issueNumber;

    @Size(max = PERIOD_MAX)
    @Column(name = "period_label", length = PERIOD_MAX)
    private String periodLabel;

    /** Who sent the item for review: an editor may not approve their own submission. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "submitted_by")
    private Account submittedBy;

    /** Why a reviewer sent the item back to its author; cleared when it is submitted again. */
    @Size(max = REVIEW_COMMENT_MAX)
    @Column(name = "review_comment", length = REVIEW_COMMENT_MAX)
    private String reviewComment;

    /** When a published item is withdrawn by itself (optional). */
    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    @Version
    private long version;

    protected ContentItem() {
        // for JPA
    }

    /** A new draft. {@code sanitizedBody} must come from the content sanitizer. */
    public ContentItem(
            ContentType type,
            String title,
            String slug,
            String summary,
            String sanitizedBody,
            String language,
            Account author,
            LocalDateTime now) {
        this.type = type;
        this.status = ContentStatus.DRAFT;
        this.title = title;
        this.slug = slug;
        this.summary = summary;
        this.body = sanitizedBody;
        this.language = language;
        this.author = author;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * A new draft that translates {@code original} into {@code translationLanguage}: same type, the original's
     * text to start from, linked to the original's original when it is itself a translation.
     */
    public static ContentItem translationOf(
            ContentItem original, String translationLanguage, String slug, Account author, LocalDateTime now) {
        if (original.language.equals(translationLanguage)) {
            throw BusinessException.invalid("content.translation.sameLanguage");
        }
        var item = new ContentItem(
                original.type, original.title, slug, original.summary, original.body, translationLanguage, author, now);
        item.translationOfId = original.translationOfId != null ? original.translationOfId : original.id;
        return item;
    }

    /** The id of the original, or this item's own id: every translation of one piece shares it. */
    public Long translationGroup() {
        return translationOfId != null ? translationOfId : id;
    }

    /** Numbers this item as an issue of the bulletin, for the period it covers ("Tháng 10/2026"). */
    public void numberAsBulletinIssue(int issue, String period) {
        if (type != ContentType.BULLETIN) {
            throw new IllegalStateException("Only a bulletin has issue numbers");
        }
        this.issueNumber = issue;
        this.periodLabel = period;
    }

    /** Publishes at {@code at}: at once when that time has come, otherwise the item waits as scheduled. */
    public void publish(LocalDateTime at, LocalDateTime now) {
        if (status == ContentStatus.ARCHIVED) {
            throw new IllegalStateException("An archived item is not published again");
        }
        this.publishedAt = at;
        this.status = at.isAfter(now) ? ContentStatus.SCHEDULED : ContentStatus.PUBLISHED;
        this.updatedAt = now;
    }

    // --- The editorial workflow. Each method checks who may do it and from which status; a refusal names a
    // bundle key so the author reads why in their own language.

    /** Whether {@code actor} may write items of {@code type} at all: trainers write training materials only. */
    public static boolean mayWrite(Account actor, ContentType type) {
        return actor.hasRole(Role.ADMIN)
                || actor.hasRole(Role.EDITOR)
                || actor.hasRole(Role.TRAINER) && type == ContentType.MATERIAL;
    }

    /** Editors and admins may edit anything; a trainer only the training materials they wrote. */
    public boolean mayEdit(Account actor) {
        return actor.hasRole(Role.ADMIN)
                || actor.hasRole(Role.EDITOR)
                || actor.hasRole(Role.TRAINER) && type == ContentType.MATERIAL && same(author, actor);
    }

    /** Editors and admins review; the author of a training material may publish it without review. */
    public boolean mayReview(Account actor) {
        return actor.hasRole(Role.ADMIN) || actor.hasRole(Role.EDITOR);
    }

    /**
     * A new revision of the text. Returns the previous slug when a public item's slug changed, so the caller
     * keeps it for redirecting old links; a slug is stable once readers may have seen it.
     */
    public Optional<String> revise(
            String newTitle,
            String newSlug,
            String newSummary,
            String sanitizedBody,
            String newLanguage,
            LocalDateTime newExpiresAt,
            Account actor,
            LocalDateTime now) {
        requireEditable(actor);
        if (newExpiresAt != null && publishedAt != null && !newExpiresAt.isAfter(publishedAt)) {
            throw BusinessException.invalid("content.workflow.expiryBeforePublish");
        }
        String oldSlug = slug;
        this.title = newTitle;
        this.slug = newSlug;
        this.summary = newSummary;
        this.body = sanitizedBody;
        this.language = newLanguage;
        this.expiresAt = newExpiresAt;
        this.updatedAt = now;
        return publishedAt != null && !oldSlug.equals(newSlug) ? Optional.of(oldSlug) : Optional.empty();
    }

    /** {@code DRAFT -> IN_REVIEW}, remembering who asked for the review. */
    public void submit(Account actor, LocalDateTime now) {
        requireEditable(actor);
        if (status != ContentStatus.DRAFT) {
            throw BusinessException.conflict("content.workflow.notDraft");
        }
        this.status = ContentStatus.IN_REVIEW;
        this.submittedBy = actor;
        this.reviewComment = null;
        this.updatedAt = now;
    }

    /**
     * Publishes at {@code at} (now when null or past): {@code IN_REVIEW -> PUBLISHED} or {@code SCHEDULED}; a
     * scheduled item may be rescheduled or published at once. Only a reviewer other than the submitter may
     * approve (an admin may approve their own); a training material may be published by whoever may edit it
     * straight from its draft, since trainers publish their own materials.
     */
    public void approve(Account actor, LocalDateTime at, LocalDateTime now) {
        switch (status) {
            case DRAFT -> {
                if (type != ContentType.MATERIAL) {
                    throw BusinessException.conflict("content.workflow.reviewFirst");
                }
                requireEditable(actor);
            }
            case IN_REVIEW, SCHEDULED -> {
                boolean materialOfTheAuthor = type == ContentType.MATERIAL && mayEdit(actor);
                if (!mayReview(actor) && !materialOfTheAuthor) {
                    throw forbidden("content.workflow.notReviewer");
                }
                if (!actor.hasRole(Role.ADMIN) && !materialOfTheAuthor && same(submittedBy, actor)) {
                    throw forbidden("content.workflow.ownSubmission");
                }
            }
            case PUBLISHED -> throw BusinessException.conflict("content.workflow.alreadyPublished");
            case ARCHIVED -> throw BusinessException.conflict("content.workflow.archived");
        }
        LocalDateTime when = at == null || !at.isAfter(now) ? now : at;
        if (expiresAt != null && !expiresAt.isAfter(when)) {
            throw BusinessException.invalid("content.workflow.expiryBeforePublish");
        }
        this.publishedAt = when;
        this.status = when.isAfter(now) ? ContentStatus.SCHEDULED : ContentStatus.PUBLISHED;
        this.reviewComment = null;
        this.updatedAt = now;
    }

    /** {@code IN_REVIEW} (or {@code SCHEDULED}) {@code -> DRAFT} with the reviewer's reason for the author. */
    public void sendBack(Account actor, String comment, LocalDateTime now) {
        if (!mayReview(actor)) {
            throw forbidden("content.workflow.notReviewer");
        }
        if (status != ContentStatus.IN_REVIEW && status != ContentStatus.SCHEDULED) {
            throw BusinessException.conflict("content.workflow.notInReview");
        }
        if (comment == null || comment.isBlank()) {
            throw BusinessException.invalid("content.workflow.commentRequired");
        }
        if (comment.strip().length() > REVIEW_COMMENT_MAX) {
            throw BusinessException.invalid("content.workflow.commentTooLong", REVIEW_COMMENT_MAX);
        }
        this.status = ContentStatus.DRAFT;
        this.publishedAt = null;
        this.reviewComment = comment.strip();
        this.updatedAt = now;
    }

    /** Takes the item out of the workflow for good; returns whether readers could see it until now. */
    public boolean archive(Account actor, LocalDateTime now) {
        requireEditable(actor);
        boolean wasVisible = isVisibleAt(now);
        this.status = ContentStatus.ARCHIVED;
        this.updatedAt = now;
        return wasVisible;
    }

    /** Whether the expiry time has come for an item readers may see or that waits for its time. */
    public boolean isExpiredAt(LocalDateTime now) {
        return expiresAt != null && !expiresAt.isAfter(now) && ContentStatus.VISIBLE.contains(status);
    }

    private void requireEditable(Account actor) {
        if (!mayEdit(actor)) {
            throw forbidden("content.workflow.notYours");
        }
        if (status == ContentStatus.ARCHIVED) {
            throw BusinessException.conflict("content.workflow.archived");
        }
    }

    private static BusinessException forbidden(String key) {
        return new BusinessException(BusinessException.Kind.FORBIDDEN, key);
    }

    /** The same person: the same managed instance, or (detached) the same id. */
    private static boolean same(Account a, Account b) {
        return a != null
                && b != null
                && (a == b || a.getId() != null && a.getId().equals(b.getId()));
    }

    /** Whether readers may see the item at {@code now}: the rule of {@link #visibleTo}, in Java. */
    public boolean isVisibleAt(LocalDateTime now) {
        return ContentStatus.VISIBLE.contains(status)
                && publishedAt != null
                && !publishedAt.isAfter(now)
                && (expiresAt == null || expiresAt.isAfter(now));
    }

    public Long getId() {
        return id;
    }

    public ContentType getType() {
        return type;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getLanguage() {
        return language;
    }

    public Account getAuthor() {
        return author;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getViewCount() {
        return viewCount;
    }

    public Long getTranslationOfId() {
        return translationOfId;
    }

    public Integer getIssueNumber() {
        return issueNumber;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public Account getSubmittedBy() {
        return submittedBy;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public long getVersion() {
        return version;
    }
}

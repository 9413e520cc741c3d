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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import vn.bentre.ocop.identity.entity.Account;

/**
 * A piece of published communication. The body is HTML that has passed the content sanitizer before it was
 * given to this entity; a reader sees an item only when it is published (or scheduled) and its time has come.
 */
@Entity
@Table(name = "content_item")
@NamedQuery(name = ContentItem.COUNT, query = "select count(c) from ContentItem c")
@NamedQuery(
        name = ContentItem.VISIBLE,
        query = "select c from ContentItem c where c.type = :type"
                + " and c.status in :statuses and c.publishedAt <= :now order by c.publishedAt desc, c.id desc")
@NamedQuery(
        name = ContentItem.COUNT_VISIBLE,
        query = "select count(c) from ContentItem c where c.type = :type"
                + " and c.status in :statuses and c.publishedAt <= :now")
@NamedQuery(
        name = ContentItem.VISIBLE_BY_SLUG,
        query = "select c from ContentItem c join fetch c.author"
                + " where c.type = :type and c.slug = :slug and c.status in :statuses and c.publishedAt <= :now")
public class ContentItem {

    public static final String COUNT = "ContentItem.count";
    public static final String VISIBLE = "ContentItem.visible";
    public static final String COUNT_VISIBLE = "ContentItem.countVisible";
    public static final String VISIBLE_BY_SLUG = "ContentItem.visibleBySlug";

    public static final int TITLE_MAX = 250;
    public static final int SLUG_MAX = 120;
    public static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int SUMMARY_MAX = 600;
    public static final int BODY_MAX = 200_000;
    public static final String LANGUAGE_PATTERN = "^(vi|en)$";
    public static final int PERIOD_MAX = 60;

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

    @Positive
    @Column(name = "issue_number")
    private Integer issueNumber;

    @Size(max = PERIOD_MAX)
    @Column(name = "period_label", length = PERIOD_MAX)
    private String periodLabel;

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

    public boolean isVisibleAt(LocalDateTime now) {
        return ContentStatus.VISIBLE.contains(status) && publishedAt != null && !publishedAt.isAfter(now);
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

    public Integer getIssueNumber() {
        return issueNumber;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public long getVersion() {
        return version;
    }
}

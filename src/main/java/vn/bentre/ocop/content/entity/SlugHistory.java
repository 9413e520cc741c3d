package vn.bentre.ocop.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A slug a public item had before it was renamed: links to it were shared and indexed, so the public pages can
 * redirect them to the item's current address.
 */
@Entity
@Table(name = "content_slug_history")
@NamedQuery(
        name = SlugHistory.BY_SLUG,
        query = "select h from SlugHistory h where h.type = :type and h.oldSlug = :slug")
public class SlugHistory {

    public static final String BY_SLUG = "SlugHistory.bySlug";

    @Id
    @SequenceGenerator(
            name = "content_slug_history_seq",
            sequenceName = "content_slug_history_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_slug_history_seq")
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, updatable = false, length = 20)
    private ContentType type;

    @Column(name = "old_slug", nullable = false, updatable = false, length = ContentItem.SLUG_MAX)
    private String oldSlug;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private LocalDateTime changedAt;

    protected SlugHistory() {
        // for JPA
    }

    public SlugHistory(ContentItem item, String oldSlug, LocalDateTime changedAt) {
        this.itemId = item.getId();
        this.type = item.getType();
        this.oldSlug = oldSlug;
        this.changedAt = changedAt;
    }

    public long getItemId() {
        return itemId;
    }

    public ContentType getType() {
        return type;
    }

    public String getOldSlug() {
        return oldSlug;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }
}

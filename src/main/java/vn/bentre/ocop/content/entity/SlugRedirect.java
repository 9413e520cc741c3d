package vn.bentre.ocop.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * A slug an item had before: published URLs are stable, so {@code /<type>/<oldSlug>} answers 301 to the item's
 * current URL. Written when a published item's slug changes.
 */
@Entity
@Table(name = "content_slug_redirect")
public class SlugRedirect {

    @Id
    @SequenceGenerator(
            name = "content_slug_redirect_seq",
            sequenceName = "content_slug_redirect_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_slug_redirect_seq")
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 20)
    private ContentType type;

    @NotBlank
    @Size(max = ContentItem.SLUG_MAX)
    @Column(name = "old_slug", nullable = false, length = ContentItem.SLUG_MAX)
    private String oldSlug;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected SlugRedirect() {
        // for JPA
    }

    public SlugRedirect(ContentType type, String oldSlug, long itemId, LocalDateTime now) {
        this.type = type;
        this.oldSlug = oldSlug;
        this.itemId = itemId;
        this.createdAt = now;
    }

    public ContentType getType() {
        return type;
    }

    public String getOldSlug() {
        return oldSlug;
    }

    public long getItemId() {
        return itemId;
    }
}

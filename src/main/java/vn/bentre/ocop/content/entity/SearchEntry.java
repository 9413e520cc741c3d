package vn.bentre.ocop.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One visible content item as search sees it: its title and text in three forms (as written, lower case with
 * diacritics, folded). Written only by the search index from the item itself; readers never change it.
 */
@Entity
@Table(name = "search_entry")
@NamedQuery(name = SearchEntry.COUNT, query = "select count(e) from SearchEntry e")
@NamedQuery(name = SearchEntry.BY_IDS, query = "select e from SearchEntry e where e.itemId in :ids")
public class SearchEntry {

    public static final String COUNT = "SearchEntry.count";
    public static final String BY_IDS = "SearchEntry.byIds";
    /** As content.control.SearchTexts.TEXT_MAX and the migration: the text columns' length. */
    public static final int TEXT_MAX = 200_000;

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 20)
    private ContentType type;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false, length = 120)
    private String slug;

    @Column(nullable = false, length = 250)
    private String title;

    @Column(name = "title_lower", nullable = false, length = 250)
    private String titleLower;

    @Column(name = "title_folded", nullable = false, length = 250)
    private String titleFolded;

    @Column(name = "body_text", nullable = false, length = TEXT_MAX)
    private String bodyText;

    @Column(name = "text_lower", nullable = false, length = TEXT_MAX)
    private String textLower;

    @Column(name = "text_folded", nullable = false, length = TEXT_MAX)
    private String textFolded;

    @Column(name = "published_at", nullable = false)
    private LocalDateTime publishedAt;

    @Column(name = "indexed_at", nullable = false)
    private LocalDateTime indexedAt;

    protected SearchEntry() {
        // for JPA
    }

    public SearchEntry(long itemId) {
        this.itemId = itemId;
    }

    /** Takes the item's current face; the texts are prepared by the caller (content.control.SearchIndex). */
    public void describe(
            ContentType type,
            String language,
            String slug,
            String title,
            String titleLower,
            String titleFolded,
            String bodyText,
            String textLower,
            String textFolded,
            LocalDateTime publishedAt,
            LocalDateTime now) {
        this.type = type;
        this.language = language;
        this.slug = slug;
        this.title = title;
        this.titleLower = titleLower;
        this.titleFolded = titleFolded;
        this.bodyText = bodyText;
        this.textLower = textLower;
        this.textFolded = textFolded;
        this.publishedAt = publishedAt;
        this.indexedAt = now;
    }

    public Long getItemId() {
        return itemId;
    }

    public ContentType getType() {
        return type;
    }

    public String getLanguage() {
        return language;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyText() {
        return bodyText;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }
}

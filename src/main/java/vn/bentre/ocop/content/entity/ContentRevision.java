package vn.bentre.ocop.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import vn.bentre.ocop.identity.entity.Account;

/** The text of a content item as one save left it; never changed afterwards, so any two can be compared. */
@Entity
@Table(name = "content_revision")
@NamedQuery(
        name = ContentRevision.OF_ITEM,
        query = "select r from ContentRevision r join fetch r.editor where r.itemId = :item order by r.number desc")
@NamedQuery(
        name = ContentRevision.BY_NUMBER,
        query = "select r from ContentRevision r where r.itemId = :item and r.number = :number")
@NamedQuery(
        name = ContentRevision.LAST_NUMBER,
        query = "select coalesce(max(r.number), 0) from ContentRevision r where r.itemId = :item")
public class ContentRevision {

    public static final String OF_ITEM = "ContentRevision.ofItem";
    public static final String BY_NUMBER = "ContentRevision.byNumber";
    public static final String LAST_NUMBER = "ContentRevision.lastNumber";

    @Id
    @SequenceGenerator(name = "content_revision_seq", sequenceName = "content_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_revision_seq")
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(nullable = false, updatable = false)
    private int number;

    @NotNull
    @Column(nullable = false, updatable = false, length = ContentItem.TITLE_MAX)
    private String title;

    @Column(updatable = false, length = ContentItem.SUMMARY_MAX)
    private String summary;

    @NotNull
    @Column(nullable = false, updatable = false, length = ContentItem.BODY_MAX)
    private String body;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "editor_id", nullable = false, updatable = false)
    private Account editor;

    @NotNull
    @Column(name = "saved_at", nullable = false, updatable = false)
    private LocalDateTime savedAt;

    protected ContentRevision() {
        // for JPA
    }

    /** Revision {@code number} of {@code item}, as it is now. */
    public ContentRevision(ContentItem item, int number, Account editor, LocalDateTime savedAt) {
        this.itemId = item.getId();
        this.number = number;
        this.title = item.getTitle();
        this.summary = item.getSummary();
        this.body = item.getBody();
        this.editor = editor;
        this.savedAt = savedAt;
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public Account getEditor() {
        return editor;
    }

    public LocalDateTime getSavedAt() {
        return savedAt;
    }
}

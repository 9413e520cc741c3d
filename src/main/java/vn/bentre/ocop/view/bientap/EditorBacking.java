package vn.bentre.ocop.view.bientap;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.omnifaces.util.Faces;
import vn.bentre.ocop.content.boundary.EditorialService;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentStatus;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.identity.boundary.CurrentUser;
import vn.bentre.ocop.view.Pages;

/**
 * The editor form ({@code bien-tap/soan.xhtml?id=}): any content type for editors; {@code giang-vien} uses the
 * same form limited to training materials. The buttons follow the item's status and the caller's roles; the
 * service decides again, so a stale page cannot do more than the rules allow.
 */
@Named
@ViewScoped
public class EditorBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String FORM = "editor";

    @Inject
    EditorialService editorial;

    @Inject
    CurrentUser user;

    private Long id;
    private long version;
    private ContentStatus status;
    private ContentType type = ContentType.NEWS;
    private String title;
    private String slug;
    private String summary;
    private String body;
    private String language = "vi";
    private LocalDateTime publishAt;
    private LocalDateTime expiresAt;
    private String reviewComment;
    private String sendBackComment;
    private String authorName;
    private boolean ownSubmission;
    private List<EditorialService.Row> translations = List.of();

    /** The area whose pages this form lives in: the editors' or the trainers'. */
    protected String area() {
        return "/bien-tap";
    }

    protected boolean materialsOnly() {
        return false;
    }

    @PostConstruct
    void init() {
        if (materialsOnly()) {
            type = ContentType.MATERIAL;
        }
    }

    /** The view action: loads the item named by {@code ?id=}; an unknown or foreign item is a 404. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            var item = editorial.find(id);
            if (materialsOnly() && item.getType() != ContentType.MATERIAL) {
                Faces.responseSendError(404, "");
                return;
            }
            read(item);
        } catch (RuntimeException refused) {
            Faces.responseSendError(404, "");
        }
    }

    private void read(ContentItem item) {
        id = item.getId();
        version = item.getVersion();
        status = item.getStatus();
        type = item.getType();
        title = item.getTitle();
        slug = item.getSlug();
        summary = item.getSummary();
        body = item.getBody();
        language = item.getLanguage();
        publishAt = item.getStatus() == ContentStatus.SCHEDULED ? item.getPublishedAt() : null;
        expiresAt = item.getExpiresAt();
        reviewComment = item.getReviewComment();
        authorName = item.getAuthor().getFullName();
        translations = editorial.translationsOf(item.getId());
        ownSubmission = item.getSubmittedBy() != null
                && user.id().map(me -> me.equals(item.getSubmittedBy().getId())).orElse(false)
                && !user.isAdmin();
    }

    private EditorialService.Draft draft() {
        return new EditorialService.Draft(type, title, slug, summary, body, language, expiresAt);
    }

    /** Saves a new revision; the typed text stays on the page when the save is refused. */
    public String save() {
        try {
            var saved = id == null ? editorial.createDraft(draft()) : editorial.save(id, version, draft());
            Pages.info("editorial.saved", saved.revision());
            if (saved.sanitized()) {
                Pages.info("editorial.sanitized", String.join(", ", saved.removedMarkup()));
            }
            Pages.keepMessages();
            return redirect(saved.id());
        } catch (RuntimeException refused) {
            Pages.refusal(FORM, refused);
            return null;
        }
    }

    public String submit() {
        return act(() -> editorial.submit(id), "editorial.submitted");
    }

    public String publishNow() {
        return act(() -> editorial.approve(id, null), "editorial.published");
    }

    public String schedule() {
        if (publishAt == null) {
            Pages.fieldError(FORM + ":publishAt", "editorial.publishAtRequired");
            return null;
        }
        return act(() -> editorial.approve(id, publishAt), "editorial.scheduled");
    }

    public String sendBack() {
        return act(() -> editorial.sendBack(id, sendBackComment), "editorial.sentBack");
    }

    public String archive() {
        return act(() -> editorial.archive(id), "editorial.archived");
    }

    /** Starts the translation into the other language and opens it in the editor. */
    public String translate() {
        try {
            var saved = editorial.translate(id, getTranslationLanguage());
            Pages.info("editorial.translationStarted");
            Pages.keepMessages();
            return redirect(saved.id());
        } catch (RuntimeException refused) {
            Pages.refusal(FORM, refused);
            return null;
        }
    }

    private String act(Runnable action, String doneKey) {
        try {
            action.run();
            Pages.info(doneKey);
            Pages.keepMessages();
            return redirect(id);
        } catch (RuntimeException refused) {
            Pages.refusal(FORM, refused);
            return null;
        }
    }

    private String redirect(long itemId) {
        return area() + (materialsOnly() ? "/soan-tai-lieu" : "/soan") + "?faces-redirect=true&id=" + itemId;
    }

    // --- what the page may offer; the service checks the same rules again

    public boolean isNew() {
        return id == null;
    }

    public boolean isEditable() {
        return status != ContentStatus.ARCHIVED;
    }

    public boolean isCanSubmit() {
        return status == ContentStatus.DRAFT && type != ContentType.MATERIAL;
    }

    private boolean isReviewer() {
        return user.isEditor();
    }

    /** Reviewers approve items in review; a material is published by whoever writes it. */
    public boolean isCanPublish() {
        if (status == ContentStatus.DRAFT) {
            return type == ContentType.MATERIAL;
        }
        boolean waiting = status == ContentStatus.IN_REVIEW || status == ContentStatus.SCHEDULED;
        return waiting && (isReviewer() && !ownSubmission || type == ContentType.MATERIAL);
    }

    public boolean isCanSendBack() {
        return isReviewer() && (status == ContentStatus.IN_REVIEW || status == ContentStatus.SCHEDULED);
    }

    public boolean isCanArchive() {
        return status != null && status != ContentStatus.ARCHIVED;
    }

    public boolean isOwnSubmission() {
        return ownSubmission && status == ContentStatus.IN_REVIEW;
    }

    /** The other language versions of this item (its original and its translations). */
    public List<EditorialService.Row> getTranslations() {
        return translations;
    }

    /** The language a new translation would be in: the portal has two. */
    public String getTranslationLanguage() {
        return "vi".equals(language) ? "en" : "vi";
    }

    public boolean isCanTranslate() {
        return id != null
                && status != ContentStatus.ARCHIVED
                && translations.stream().noneMatch(t -> t.language().equals(getTranslationLanguage()));
    }

    public String editPath(long itemId) {
        return area() + (materialsOnly() ? "/soan-tai-lieu" : "/soan") + "?id=" + itemId;
    }

    public List<ContentType> getTypes() {
        return materialsOnly() ? List.of(ContentType.MATERIAL) : List.of(ContentType.values());
    }

    public String getPreviewPath() throws IOException {
        return area() + (materialsOnly() ? "/xem-truoc-tai-lieu" : "/xem-truoc") + "?id=" + id;
    }

    // --- getters and setters

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public ContentType getType() {
        return type;
    }

    public void setType(ContentType type) {
        if (id == null && type != null && !materialsOnly()) {
            this.type = type;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(LocalDateTime expiresAt) {
        this.expiresAt = expiresAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getSendBackComment() {
        return sendBackComment;
    }

    public void setSendBackComment(String sendBackComment) {
        this.sendBackComment = sendBackComment;
    }

    public String getAuthorName() {
        return authorName;
    }
}

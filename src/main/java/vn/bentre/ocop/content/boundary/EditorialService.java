package vn.bentre.ocop.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.bentre.ocop.content.control.HtmlSanitizer;
import vn.bentre.ocop.content.control.RevisionDiff;
import vn.bentre.ocop.content.control.Slugs;
import vn.bentre.ocop.content.entity.ContentChanged;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentRevision;
import vn.bentre.ocop.content.entity.ContentStatus;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.content.entity.SlugHistory;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.platform.control.AuditLog;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.RoleNames;

/**
 * The editorial workflow, one use case per method: write, save (a new revision each time), submit, approve or
 * schedule, send back, archive, restore. Who may do what is decided by {@link ContentItem}; this service loads,
 * stores, keeps revisions and slug history, and tells the portal when something public changed.
 */
@Stateless
@RolesAllowed({RoleNames.TRAINER, RoleNames.EDITOR, RoleNames.ADMIN})
public class EditorialService {

    public static final int MAX_PAGE = 100;
    public static final int MAX_BULK = 200;

    /** What an author typed into the editor form. The body is sanitized here, whatever the page did. */
    public record Draft(
            @NotNull ContentType type,
            @NotBlank @Size(max = ContentItem.TITLE_MAX) String title,
            @Size(max = ContentItem.SLUG_MAX) String slug,
            @Size(max = ContentItem.SUMMARY_MAX) String summary,
            @Size(max = ContentItem.BODY_MAX) String body,

            @NotNull @Pattern(regexp = ContentItem.LANGUAGE_PATTERN)
            String language,

            LocalDateTime expiresAt)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The outcome of a save: the item, its new version, and what the sanitizer took out of the body. */
    public record Saved(long id, long version, int revision, Set<String> removedMarkup) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public boolean sanitized() {
            return !removedMarkup.isEmpty();
        }
    }

    /** One row of the editorial table: small and serializable, unlike the entity. */
    public record Row(
            long id,
            ContentType type,
            ContentStatus status,
            String title,
            String slug,
            String authorName,
            LocalDateTime updatedAt,
            LocalDateTime publishedAt,
            String language,
            long viewCount)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        static Row of(ContentItem c) {
            return new Row(
                    c.getId(),
                    c.getType(),
                    c.getStatus(),
                    c.getTitle(),
                    c.getSlug(),
                    c.getAuthor().getFullName(),
                    c.getUpdatedAt(),
                    c.getPublishedAt(),
                    c.getLanguage(),
                    c.getViewCount());
        }
    }

    /** What the editorial table is filtered by; null or blank means any. */
    public record Filter(ContentType type, ContentStatus status, String author, String text) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    public enum Sort {
        TITLE("c.title"),
        TYPE("c.type"),
        STATUS("c.status"),
        AUTHOR("c.author.fullName"),
        UPDATED("c.updatedAt"),
        PUBLISHED("c.publishedAt");

        final String path;

        Sort(String path) {
            this.path = path;
        }
    }

    public record Page(List<Row> rows, long total) {}

    /** A revision in the list: who saved it and when. */
    public record RevisionRow(int number, String title, String editorName, LocalDateTime savedAt)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** Two revisions compared field by field. */
    public record Comparison(
            int older,
            int newer,
            List<RevisionDiff.Line> title,
            List<RevisionDiff.Line> summary,
            List<RevisionDiff.Line> body)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The audit log's subject type for content items. */
    static final String SUBJECT = "CONTENT";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    PortalClock clock;

    @Inject
    Event<ContentChanged> changed;

    @Inject
    AuditLog audit;

    /** A new draft written by the caller; its first revision. Trainers write training materials only. */
    public Saved createDraft(@NotNull @Valid Draft draft) {
        var actor = caller();
        if (!ContentItem.mayWrite(actor, draft.type())) {
            throw forbidden("content.workflow.typeNotAllowed");
        }
        var now = clock.now();
        var body = HtmlSanitizer.clean(draft.body());
        String slug = slugFor(draft.type(), draft.slug(), draft.title(), null);
        var item = new ContentItem(
                draft.type(),
                draft.title().strip(),
                slug,
                blankToNull(draft.summary()),
                body.html(),
                draft.language(),
                actor,
                now);
        item.revise(
                item.getTitle(), slug, item.getSummary(), body.html(), draft.language(), draft.expiresAt(), actor, now);
        em.persist(item);
        em.flush();
        int revision = keepRevision(item, actor, now);
        audit.record("CONTENT_CREATED", SUBJECT, item.getId(), item.getType() + ": " + item.getTitle());
        return new Saved(item.getId(), item.getVersion(), revision, body.removed());
    }

    /**
     * Saves the form over the item as the caller last read it ({@code version}); someone else's save in between
     * is refused rather than overwritten. A published item's old slug is kept for redirects.
     */
    public Saved save(long id, long version, @NotNull @Valid Draft draft) {
        var actor = caller();
        var item = item(id);
        if (item.getVersion() != version) {
            throw BusinessException.conflict("content.workflow.savedMeanwhile");
        }
        if (!draft.language().equals(item.getLanguage()) && !translations(item).isEmpty()) {
            throw BusinessException.invalid("content.translation.languageFixed");
        }
        var now = clock.now();
        var body = HtmlSanitizer.clean(draft.body());
        String slug = slugFor(item.getType(), draft.slug(), draft.title(), item);
        // A save can hide a public item (an expiry time already past): readers' pages and search must follow.
        boolean wasVisible = item.isVisibleAt(now);
        item.revise(
                        draft.title().strip(),
                        slug,
                        blankToNull(draft.summary()),
                        body.html(),
                        draft.language(),
                        draft.expiresAt(),
                        actor,
                        now)
                .ifPresent(old -> rememberSlug(item, old, now));
        em.flush();
        int revision = keepRevision(item, actor, now);
        if (wasVisible || item.isVisibleAt(now)) {
            changed.fire(new ContentChanged(item.getId(), item.getType(), ContentChanged.Kind.UPDATED));
        }
        return new Saved(item.getId(), item.getVersion(), revision, body.removed());
    }

    public void submit(long id) {
        var item = item(id);
        item.submit(caller(), clock.now());
        audit.record("CONTENT_SUBMITTED", SUBJECT, id, item.getTitle());
    }

    /** Publishes now ({@code at} null or past) or schedules for {@code at}. */
    public ContentStatus approve(long id, LocalDateTime at) {
        var item = item(id);
        var now = clock.now();
        item.approve(caller(), at, now);
        audit.record(
                item.getStatus() == ContentStatus.PUBLISHED ? "CONTENT_PUBLISHED" : "CONTENT_SCHEDULED",
                SUBJECT,
                id,
                item.getTitle() + (item.getStatus() == ContentStatus.PUBLISHED ? "" : " @ " + at));
        if (item.getStatus() == ContentStatus.PUBLISHED) {
            changed.fire(new ContentChanged(item.getId(), item.getType(), ContentChanged.Kind.PUBLISHED));
        }
        return item.getStatus();
    }

    @RolesAllowed({RoleNames.EDITOR, RoleNames.ADMIN})
    public void sendBack(long id, @NotBlank @Size(max = ContentItem.REVIEW_COMMENT_MAX) String comment) {
        var item = item(id);
        item.sendBack(caller(), comment, clock.now());
        audit.record("CONTENT_SENT_BACK", SUBJECT, id, item.getTitle() + ": " + comment);
    }

    public void archive(long id) {
        var item = item(id);
        if (item.archive(caller(), clock.now())) {
            audit.record("CONTENT_ARCHIVED", SUBJECT, id, item.getTitle());
            changed.fire(new ContentChanged(item.getId(), item.getType(), ContentChanged.Kind.WITHDRAWN));
        }
    }

    /** Archives every item of the selection that is not archived yet; returns how many it archived. */
    @RolesAllowed({RoleNames.EDITOR, RoleNames.ADMIN})
    public int archiveAll(@NotEmpty @Size(max = MAX_BULK) List<@NotNull Long> ids) {
        int archived = 0;
        for (long id : ids) {
            if (item(id).getStatus() != ContentStatus.ARCHIVED) {
                archive(id);
                archived++;
            }
        }
        return archived;
    }

    /** Puts the text of revision {@code number} back as a new revision; nothing is lost. */
    public Saved restore(long id, @Min(1) int number) {
        var actor = caller();
        var item = item(id);
        var revision = revision(item, number);
        var now = clock.now();
        item.revise(
                revision.getTitle(),
                item.getSlug(),
                revision.getSummary(),
                revision.getBody(),
                item.getLanguage(),
                item.getExpiresAt(),
                actor,
                now);
        em.flush();
        int saved = keepRevision(item, actor, now);
        audit.record("CONTENT_REVISION_RESTORED", SUBJECT, id, item.getTitle() + " #" + number);
        if (item.isVisibleAt(now)) {
            changed.fire(new ContentChanged(item.getId(), item.getType(), ContentChanged.Kind.UPDATED));
        }
        return new Saved(item.getId(), item.getVersion(), saved, Set.of());
    }

    /**
     * Starts the translation of an item into {@code language}: a new draft of the same type, holding the
     * original's text to translate, linked to the original so readers of either language find the other. One
     * translation per language; the caller must be allowed to write the type.
     */
    public Saved translate(long id, @NotNull @Pattern(regexp = ContentItem.LANGUAGE_PATTERN) String language) {
        var actor = caller();
        var original = item(id);
        if (!ContentItem.mayWrite(actor, original.getType())) {
            throw forbidden("content.workflow.typeNotAllowed");
        }
        if (original.getLanguage().equals(language)
                || translations(original).stream().anyMatch(t -> t.getLanguage().equals(language))) {
            throw BusinessException.conflict("content.translation.exists");
        }
        var now = clock.now();
        String slug = slugFor(original.getType(), null, original.getSlug() + " " + language, null);
        var translation = ContentItem.translationOf(original, language, slug, actor, now);
        em.persist(translation);
        em.flush();
        int revision = keepRevision(translation, actor, now);
        return new Saved(translation.getId(), translation.getVersion(), revision, Set.of());
    }

    /** The other language versions of the item (original and translations), whatever their status. */
    public List<Row> translationsOf(long id) {
        return translations(item(id)).stream().map(Row::of).toList();
    }

    // --- Reads for the editorial pages: editors and admins see everything, trainers their own materials.

    /** The item for the editor form, with its author and submitter loaded. */
    public ContentItem find(long id) {
        var item = item(id);
        item.getAuthor().getFullName();
        if (item.getSubmittedBy() != null) {
            item.getSubmittedBy().getFullName();
        }
        return item;
    }

    public Page find(
            @NotNull Filter filter, Sort sort, boolean ascending, @Min(0) int first, @Min(1) @Max(MAX_PAGE) int max) {
        var actor = caller();
        var where = new StringBuilder(" from ContentItem c where 1 = 1");
        var params = new ArrayList<Object[]>();
        if (!isReviewer(actor)) {
            where.append(" and c.type = :ownType and c.author = :me");
            params.add(new Object[] {"ownType", ContentType.MATERIAL});
            params.add(new Object[] {"me", actor});
        }
        if (filter.type() != null) {
            where.append(" and c.type = :type");
            params.add(new Object[] {"type", filter.type()});
        }
        if (filter.status() != null) {
            where.append(" and c.status = :status");
            params.add(new Object[] {"status", filter.status()});
        }
        if (filter.author() != null && !filter.author().isBlank()) {
            where.append(" and lower(c.author.fullName) like :author escape '\\'");
            params.add(new Object[] {"author", like(filter.author())});
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(c.title) like :text escape '\\' or lower(c.summary) like :text escape '\\')");
            params.add(new Object[] {"text", like(filter.text())});
        }
        var order = sort == null ? Sort.UPDATED : sort;
        var count = em.createQuery("select count(c)" + where, Long.class);
        var rows = em.createQuery(
                "select c" + where + " order by " + order.path + (ascending ? " asc" : " desc") + ", c.id desc",
                ContentItem.class);
        for (Object[] p : params) {
            count.setParameter((String) p[0], p[1]);
            rows.setParameter((String) p[0], p[1]);
        }
        var items = rows.setFirstResult(first).setMaxResults(max).getResultList();
        return new Page(items.stream().map(Row::of).toList(), count.getSingleResult());
    }

    /** The review queue: items waiting for a reviewer, oldest first. */
    @RolesAllowed({RoleNames.EDITOR, RoleNames.ADMIN})
    public List<Row> reviewQueue() {
        return em
                .createQuery(
                        "select c from ContentItem c join fetch c.author where c.status = :status"
                                + " order by c.updatedAt asc, c.id asc",
                        ContentItem.class)
                .setParameter("status", ContentStatus.IN_REVIEW)
                .setMaxResults(MAX_PAGE)
                .getResultList()
                .stream()
                .map(Row::of)
                .toList();
    }

    public List<RevisionRow> revisions(long id) {
        var item = item(id);
        return em
                .createNamedQuery(ContentRevision.OF_ITEM, ContentRevision.class)
                .setParameter("item", item.getId())
                .getResultList()
                .stream()
                .map(r -> new RevisionRow(
                        r.getNumber(), r.getTitle(), r.getEditor().getFullName(), r.getSavedAt()))
                .toList();
    }

    public Comparison compare(long id, @Min(1) int older, @Min(1) int newer) {
        var item = item(id);
        var a = revision(item, older);
        var b = revision(item, newer);
        return new Comparison(
                older,
                newer,
                RevisionDiff.ofText(a.getTitle(), b.getTitle()),
                RevisionDiff.ofText(a.getSummary(), b.getSummary()),
                RevisionDiff.ofHtml(a.getBody(), b.getBody()));
    }

    /** The item's text as revision {@code number} saved it, for previews. */
    public ContentRevision revisionOf(long id, @Min(1) int number) {
        return revision(item(id), number);
    }

    // --- helpers

    /** The item, if the caller may see it in the editorial screens; otherwise as if it did not exist. */
    private ContentItem item(long id) {
        var item = em.find(ContentItem.class, id);
        if (item == null || !item.mayEdit(caller())) {
            throw BusinessException.notFound("content.workflow.notFound");
        }
        return item;
    }

    private List<ContentItem> translations(ContentItem item) {
        return em.createQuery(
                        "select c from ContentItem c join fetch c.author where c.id <> :id"
                                + " and (c.id = :group or c.translationOfId = :group) order by c.language",
                        ContentItem.class)
                .setParameter("id", item.getId())
                .setParameter("group", item.translationGroup())
                .getResultList();
    }

    private ContentRevision revision(ContentItem item, int number) {
        return em.createNamedQuery(ContentRevision.BY_NUMBER, ContentRevision.class)
                .setParameter("item", item.getId())
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound("content.revision.notFound", number));
    }

    private int keepRevision(ContentItem item, Account editor, LocalDateTime now) {
        int last = em.createNamedQuery(ContentRevision.LAST_NUMBER, Integer.class)
                .setParameter("item", item.getId())
                .getSingleResult();
        em.persist(new ContentRevision(item, last + 1, editor, now));
        return last + 1;
    }

    /**
     * The slug to store: the one typed (normalised to ASCII) must be free in the type's namespace, including
     * other items' old slugs; an empty one is made from the title, with -2, -3... when that is taken.
     */
    private String slugFor(ContentType type, String typed, String title, ContentItem self) {
        if (typed != null && !typed.isBlank()) {
            String slug = Slugs.of(typed);
            if (slug.isEmpty()) {
                throw BusinessException.invalid("content.slug.invalid");
            }
            if (takenByAnother(type, slug, self)) {
                throw BusinessException.conflict("content.slug.taken", slug);
            }
            return slug;
        }
        if (self != null) {
            return self.getSlug();
        }
        String base = Slugs.of(title, ContentItem.SLUG_MAX - 5);
        if (base.isEmpty()) {
            base = type.name().toLowerCase(Locale.ROOT);
        }
        String slug = base;
        for (int n = 2; takenByAnother(type, slug, null); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private boolean takenByAnother(ContentType type, String slug, ContentItem self) {
        long selfId = self == null ? -1 : self.getId();
        long items = em.createQuery(
                        "select count(c) from ContentItem c where c.type = :type and c.slug = :slug and c.id <> :self",
                        Long.class)
                .setParameter("type", type)
                .setParameter("slug", slug)
                .setParameter("self", selfId)
                .getSingleResult();
        if (items > 0) {
            return true;
        }
        return em.createNamedQuery(SlugHistory.BY_SLUG, SlugHistory.class)
                .setParameter("type", type)
                .setParameter("slug", slug)
                .getResultStream()
                .anyMatch(h -> h.getItemId() != selfId);
    }

    private void rememberSlug(ContentItem item, String oldSlug, LocalDateTime now) {
        // Taking back an earlier slug makes it current again: it must not redirect to itself.
        em.createQuery("delete from SlugHistory h where h.type = :type and h.oldSlug = :slug")
                .setParameter("type", item.getType())
                .setParameter("slug", item.getSlug())
                .executeUpdate();
        boolean known = em.createNamedQuery(SlugHistory.BY_SLUG, SlugHistory.class)
                .setParameter("type", item.getType())
                .setParameter("slug", oldSlug)
                .getResultStream()
                .findAny()
                .isPresent();
        if (!known) {
            em.persist(new SlugHistory(item, oldSlug, now));
        }
    }

    private Account caller() {
        var principal = security.getCallerPrincipal();
        Account account = null;
        if (principal != null) {
            try {
                account = em.find(Account.class, Long.valueOf(principal.getName()));
            } catch (NumberFormatException notAnAccount) {
                account = null;
            }
        }
        if (account == null) {
            throw forbidden("content.workflow.notYours");
        }
        return account;
    }

    private static boolean isReviewer(Account actor) {
        return actor.hasRole(Role.EDITOR) || actor.hasRole(Role.ADMIN);
    }

    private static BusinessException forbidden(String key) {
        return new BusinessException(BusinessException.Kind.FORBIDDEN, key);
    }

    private static String like(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package vn.bentre.ocop.content.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.bentre.ocop.content.control.MediaStore;
import vn.bentre.ocop.content.entity.ContentFile;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentStatus;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.content.entity.FileInfo;
import vn.bentre.ocop.content.entity.FileRole;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.RoleNames;

/**
 * Uploads for the editors' and trainers' forms: attach a file to an item, set its cover picture, list and remove
 * its files. Every upload passes the upload policy (type by content, size limit); a refusal is a
 * {@link BusinessException} with a bundle key, and nothing of the item changes.
 */
@Stateless
@RolesAllowed({RoleNames.TRAINER, RoleNames.EDITOR, RoleNames.ADMIN})
public class MediaService {

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaStore store;

    @Resource
    SessionContext caller;

    /** Adds a file to the item's attachments. */
    public FileInfo attach(@NotNull Long itemId, @NotBlank String originalName, @NotNull byte[] bytes) {
        return store.store(editable(itemId), FileRole.ATTACHMENT, originalName, bytes, null, callerId());
    }

    /** Makes this image the item's cover; the previous cover stays as an attachment. */
    public FileInfo setCover(
            @NotNull Long itemId,
            @NotBlank String originalName,
            @NotNull byte[] bytes,
            @NotBlank @Size(max = ContentFile.ALT_MAX) String altText) {
        return store.store(editable(itemId), FileRole.COVER, originalName, bytes, altText.strip(), callerId());
    }

    /** The item's cover and attachments (not the reduced copies of images), in upload order. */
    public List<FileInfo> files(@NotNull Long itemId) {
        return em.createNamedQuery(ContentFile.INFO_OF_ITEMS, FileInfo.class)
                .setParameter("items", List.of(itemId))
                .getResultStream()
                .filter(f -> f.role() != FileRole.VARIANT)
                .toList();
    }

    /** The largest file accepted, in bytes ({@code portal.upload.max-bytes}). */
    public long uploadLimit() {
        return store.policy().maxBytes();
    }

    /** An item to pick in the upload page's list. */
    public record ItemRef(Long id, ContentType type, String title, ContentStatus status) {}

    /**
     * The most recently changed items the caller may handle files of, newest first, for the upload page: every
     * item for editors, their own materials for trainers.
     */
    public List<ItemRef> recentItems(int max) {
        boolean editor = caller.isCallerInRole(RoleNames.EDITOR) || caller.isCallerInRole(RoleNames.ADMIN);
        var query = editor
                ? em.createQuery(
                        "select c.id, c.type, c.title, c.status from ContentItem c order by c.updatedAt desc, c.id desc",
                        Object[].class)
                : em.createQuery(
                                "select c.id, c.type, c.title, c.status from ContentItem c where c.type = :type"
                                        + " and c.author.id = :me order by c.updatedAt desc, c.id desc",
                                Object[].class)
                        .setParameter("type", ContentType.MATERIAL)
                        .setParameter("me", callerId());
        return query.setMaxResults(Math.min(Math.max(max, 1), 200))
                .getResultStream()
                .map(row -> new ItemRef((Long) row[0], (ContentType) row[1], (String) row[2], (ContentStatus) row[3]))
                .toList();
    }

    /** Removes a file and its reduced copy. */
    public void remove(@NotBlank String key) {
        var file = em.createNamedQuery(ContentFile.BY_KEY, ContentFile.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound("upload.notFound"));
        editable(file.getItemId());
        em.createQuery("delete from ContentFile f where f.variantOfId = :id")
                .setParameter("id", file.getId())
                .executeUpdate();
        em.remove(file);
    }

    /** Trainers publish training materials only (PRODUCT.md); editors and admins anything. */
    private ContentItem editable(Long itemId) {
        var item = em.find(ContentItem.class, itemId);
        if (item == null) {
            throw BusinessException.notFound("content.notFound");
        }
        boolean editor = caller.isCallerInRole(RoleNames.EDITOR) || caller.isCallerInRole(RoleNames.ADMIN);
        if (!editor && item.getType() != ContentType.MATERIAL) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "content.trainerMaterialsOnly");
        }
        // A trainer handles the files of the materials they wrote, as in the editorial workflow (ContentItem.mayEdit).
        if (!editor && !item.getAuthor().getId().equals(callerId())) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "content.trainerOwnOnly");
        }
        return item;
    }

    private Long callerId() {
        return Long.valueOf(caller.getCallerPrincipal().getName());
    }
}

package vn.bentre.ocop.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import vn.bentre.ocop.content.entity.ContentFile;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.FileRole;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.RoleNames;

/**
 * Files for the {@code /tep/} servlet: anyone gets the files of published items; of items not yet public (to
 * check them before publishing) editors and administrators get every file, a trainer only those of the training
 * materials they may edit themselves ({@link ContentItem#mayEdit}), never an editor's draft news item.
 */
@Stateless
@PermitAll // anonymous readers: publicFile returns only files of items a reader may see
public class FileDeliveryService {

    /** A file ready to send: the bytes are read inside the transaction. */
    public record StoredFile(String key, String fileName, String originalName, String mediaType, byte[] bytes) {
        public boolean inline() {
            return mediaType.startsWith("image/") || mediaType.equals("application/pdf");
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    SecurityContext security;

    @PermitAll
    public Optional<StoredFile> publicFile(String key) {
        return find(key)
                .filter(file -> {
                    var item = em.find(ContentItem.class, file.getItemId());
                    return item != null && item.isVisibleAt(clock.now());
                })
                .map(FileDeliveryService::stored);
    }

    @RolesAllowed({RoleNames.TRAINER, RoleNames.EDITOR, RoleNames.ADMIN})
    public Optional<StoredFile> anyFile(String key) {
        var caller = caller();
        return find(key)
                .filter(file -> {
                    var item = em.find(ContentItem.class, file.getItemId());
                    return item != null && caller != null && item.mayEdit(caller);
                })
                .map(FileDeliveryService::stored);
    }

    /** The signed-in account, or null (a principal that names no account sees no unpublished file). */
    private Account caller() {
        var principal = security.getCallerPrincipal();
        if (principal == null) {
            return null;
        }
        try {
            return em.find(Account.class, Long.valueOf(principal.getName()));
        } catch (NumberFormatException notAnAccount) {
            return null;
        }
    }

    private Optional<ContentFile> find(String key) {
        if (key == null || !key.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return em.createNamedQuery(ContentFile.BY_KEY, ContentFile.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    private static StoredFile stored(ContentFile f) {
        // A variant is served under the original's name, so "Lưu" as a download keeps the user's file name.
        String original = f.getRole() == FileRole.VARIANT
                ? withExtension(f.getOriginalName(), f.getFileName())
                : f.getOriginalName();
        return new StoredFile(f.getKey(), f.getFileName(), original, f.getMediaType(), f.getBytes());
    }

    private static String withExtension(String original, String urlName) {
        int dot = original.lastIndexOf('.');
        String ext = urlName.substring(urlName.lastIndexOf('.'));
        return (dot > 0 ? original.substring(0, dot) : original) + ext;
    }
}

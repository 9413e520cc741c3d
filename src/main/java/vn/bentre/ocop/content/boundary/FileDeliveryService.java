package vn.bentre.ocop.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.bentre.ocop.content.entity.ContentFile;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.FileRole;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.RoleNames;

/**
 * Files for the {@code /tep/} servlet: anyone gets the files of published items; editors, trainers and
 * administrators also those of items not yet public (to check them before publishing).
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
        return find(key).map(FileDeliveryService::stored);
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

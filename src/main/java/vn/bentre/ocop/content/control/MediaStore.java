package vn.bentre.ocop.content.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.bentre.ocop.content.entity.ContentFile;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.FileInfo;
import vn.bentre.ocop.content.entity.FileRole;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * Stores an upload that the {@link UploadPolicy} accepts, within the caller's transaction, and an image's reduced
 * copy beside it. Shared by the editors' service and the demo loader so both keep files the same way.
 */
@Dependent
public class MediaStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    @ConfigProperty(name = "portal.upload.max-bytes", defaultValue = "20971520")
    long maxBytes;

    public UploadPolicy policy() {
        return new UploadPolicy(maxBytes);
    }

    /** Keeps the file for the item; a cover must be an image and replaces the item's previous cover. */
    public FileInfo store(
            ContentItem item, FileRole role, String originalName, byte[] bytes, String altText, Long ownerId) {
        var accepted = policy().check(originalName, bytes);
        if (role == FileRole.COVER && !accepted.image()) {
            throw BusinessException.invalid("upload.coverNotImage");
        }
        var variant = accepted.image()
                ? ImageVariants.of(bytes, accepted.mediaType())
                : java.util.Optional.<ImageVariants.Variant>empty();
        if (role == FileRole.COVER) {
            for (var file : filesOf(item.getId())) {
                file.demoteToAttachment();
            }
        }
        var now = clock.now();
        var name = FileNames.original(originalName, accepted.extension(), ContentFile.NAME_MAX);
        var urlName = FileNames.urlName(name, accepted.extension());
        var file =
                new ContentFile(newKey(), item.getId(), role, name, urlName, accepted.mediaType(), bytes, ownerId, now);
        file.placeAt(filesOf(item.getId()).size());
        if (role == FileRole.COVER) {
            file.describeAs(altText);
        }
        em.persist(file);
        if (variant.isPresent()) {
            // The copy names its original by id only (no mapped relationship), so the original is written first.
            em.flush();
            var v = variant.get();
            String stem = urlName.substring(0, urlName.lastIndexOf('.'));
            var copy = new ContentFile(
                    newKey(),
                    item.getId(),
                    FileRole.VARIANT,
                    name,
                    stem + "-" + v.width() + "." + v.extension(),
                    v.mediaType(),
                    v.bytes(),
                    ownerId,
                    now);
            em.persist(copy);
            copy.markAsVariantOf(file.getId(), v.width(), v.height());
        }
        return info(file);
    }

    private List<ContentFile> filesOf(Long itemId) {
        return em.createQuery(
                        "select f from ContentFile f where f.itemId = :item and f.role <> :variant", ContentFile.class)
                .setParameter("item", itemId)
                .setParameter("variant", FileRole.VARIANT)
                .getResultList();
    }

    static FileInfo info(ContentFile f) {
        return new FileInfo(
                f.getId(),
                f.getKey(),
                f.getItemId(),
                f.getRole(),
                f.getOriginalName(),
                f.getFileName(),
                f.getMediaType(),
                f.getSizeBytes(),
                f.getAltText(),
                f.getVariantOfId(),
                f.getWidth(),
                f.getHeight());
    }

    /** 128 random bits: unguessable, so a draft's file cannot be found by counting, and never reused. */
    static String newKey() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

package vn.bentre.ocop.content.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * An uploaded file, bytes included, so that every portal node serves the same files from the shared database. Its
 * key is random and never reused, which lets readers cache it for good. Files are written once and never changed:
 * a new version is a new upload.
 */
@Entity
@Table(name = "content_file")
@NamedQuery(name = ContentFile.BY_KEY, query = "select f from ContentFile f where f.key = :key")
@NamedQuery(
        name = ContentFile.INFO_OF_ITEMS,
        query = "select new vn.bentre.ocop.content.entity.FileInfo(f.id, f.key, f.itemId, f.role, f.originalName,"
                + " f.fileName, f.mediaType, f.sizeBytes, f.altText, f.variantOfId, f.width, f.height)"
                + " from ContentFile f where f.itemId in :items order by f.position, f.id")
public class ContentFile {

    public static final String BY_KEY = "ContentFile.byKey";
    public static final String INFO_OF_ITEMS = "ContentFile.infoOfItems";

    public static final int NAME_MAX = 255;
    public static final int FILE_NAME_MAX = 160;
    public static final int ALT_MAX = 250;

    @Id
    @SequenceGenerator(name = "content_file_seq", sequenceName = "content_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_file_seq")
    private Long id;

    @NotBlank
    @Column(name = "file_key", nullable = false, updatable = false, length = 40)
    private String key;

    @NotNull
    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "file_role", nullable = false, length = 20)
    private FileRole role;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "original_name", nullable = false, updatable = false, length = NAME_MAX)
    private String originalName;

    @NotBlank
    @Size(max = FILE_NAME_MAX)
    @Column(name = "file_name", nullable = false, updatable = false, length = FILE_NAME_MAX)
    private String fileName;

    @NotBlank
    @Column(name = "media_type", nullable = false, updatable = false, length = 120)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    // Lazy so that loading a file's row for its headers does not drag megabytes along when weaving is on;
    // lists read FileInfo projections and never touch this column.
    @NotNull
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "bytes", nullable = false, updatable = false)
    private byte[] bytes;

    @Size(max = ALT_MAX)
    @Column(name = "alt_text", length = ALT_MAX)
    private String altText;

    @Column(name = "variant_of_id", updatable = false)
    private Long variantOfId;

    private Integer width;

    private Integer height;

    @Column(nullable = false)
    private int position;

    @NotNull
    @Column(name = "owner_id", nullable = false, updatable = false)
    private Long ownerId;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected ContentFile() {
        // for JPA
    }

    /** A file whose type was detected from its bytes and accepted by the upload policy. */
    public ContentFile(
            String key,
            Long itemId,
            FileRole role,
            String originalName,
            String fileName,
            String mediaType,
            byte[] bytes,
            Long ownerId,
            LocalDateTime now) {
        this.key = key;
        this.itemId = itemId;
        this.role = role;
        this.originalName = originalName;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.bytes = bytes.clone();
        this.sizeBytes = bytes.length;
        this.ownerId = ownerId;
        this.createdAt = now;
    }

    /** Records that this file is the reduced, re-encoded copy of the image {@code original}, at this size. */
    public void markAsVariantOf(Long original, int width, int height) {
        this.role = FileRole.VARIANT;
        this.variantOfId = original;
        this.width = width;
        this.height = height;
    }

    /** The text that stands for a cover picture for readers who cannot see it. */
    public void describeAs(String alt) {
        this.altText = alt;
    }

    /** An item has one cover: the previous one becomes an ordinary attachment when a new one is set. */
    public void demoteToAttachment() {
        if (role == FileRole.COVER) {
            role = FileRole.ATTACHMENT;
        }
    }

    public void placeAt(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public Long getItemId() {
        return itemId;
    }

    public FileRole getRole() {
        return role;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }

    public String getAltText() {
        return altText;
    }

    public Long getVariantOfId() {
        return variantOfId;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}

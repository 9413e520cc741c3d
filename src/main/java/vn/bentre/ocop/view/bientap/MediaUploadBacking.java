package vn.bentre.ocop.view.bientap;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import vn.bentre.ocop.content.boundary.EditorialService;
import vn.bentre.ocop.content.boundary.MediaService;
import vn.bentre.ocop.content.entity.FileInfo;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.view.Pages;

/**
 * The editors' upload page ({@code bien-tap/tep.xhtml}, {@code ?bai=<item id>}): pick an item, upload a file or
 * its cover, see its files. A refused file leaves the item as it was and says why next to the file field.
 */
@Named
@ViewScoped
public class MediaUploadBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient MediaService media;

    @Inject
    transient EditorialService editorial;

    private Long itemId;
    private transient MediaService.ItemRef item;
    private transient UploadedFile file;
    private boolean cover;
    private String altText;

    public void upload() {
        if (itemId == null) {
            Pages.fieldError("upload:item", "media.upload.choose");
            return;
        }
        if (file == null || file.getSize() == 0) {
            Pages.fieldError("upload:file", "upload.required");
            return;
        }
        if (cover && (altText == null || altText.isBlank())) {
            Pages.fieldError("upload:altText", "media.upload.altRequired");
            return;
        }
        try {
            var stored = cover
                    ? media.setCover(itemId, file.getFileName(), file.getContent(), altText)
                    : media.attach(itemId, file.getFileName(), file.getContent());
            Pages.info("media.upload.done", stored.originalName());
            item = null;
            altText = null;
            cover = false;
        } catch (RuntimeException refused) {
            // A refused file is said next to the file field; anything else about the item goes on top.
            Throwable cause =
                    refused instanceof EJBException && refused.getCause() != null ? refused.getCause() : refused;
            if (cause instanceof BusinessException refusal
                    && refusal.getMessageKey().startsWith("upload.")) {
                Pages.fieldError("upload:file", refusal.getMessageKey(), refusal.getArguments());
            } else {
                Pages.refusal("upload", refused);
            }
        }
    }

    /** Removes one of the item's files (the page asks for confirmation first). */
    public void remove(String key) {
        try {
            media.remove(key);
            Pages.info("media.remove.done");
        } catch (RuntimeException refused) {
            Pages.refusal("files", refused);
        }
    }

    /** Shows the files of the item just picked (the picker's value is already in {@link #itemId}). */
    public void show() {
        // Nothing to do: the page is drawn again for the item picked.
    }

    /** The item whose files the page shows, or null before one is picked (or when it is not the caller's). */
    public MediaService.ItemRef getItem() {
        if (itemId == null) {
            return null;
        }
        if (item == null || !item.id().equals(itemId)) {
            try {
                var found = editorial.find(itemId);
                item = new MediaService.ItemRef(found.getId(), found.getType(), found.getTitle(), found.getStatus());
            } catch (RuntimeException notFound) {
                return null;
            }
        }
        return item;
    }

    public List<MediaService.ItemRef> getItems() {
        return media.recentItems(100);
    }

    public List<FileInfo> getFiles() {
        return itemId == null ? List.of() : media.files(itemId);
    }

    public String getLimit() {
        return media.uploadLimit() / (1024 * 1024) + " MB";
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public boolean isCover() {
        return cover;
    }

    public void setCover(boolean cover) {
        this.cover = cover;
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String altText) {
        this.altText = altText;
    }
}

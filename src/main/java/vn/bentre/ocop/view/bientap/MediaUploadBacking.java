package vn.bentre.ocop.view.bientap;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
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

    private Long itemId;
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

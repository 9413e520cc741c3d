package vn.bentre.ocop.view.quantri;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;
import vn.bentre.ocop.directory.boundary.OrganisationImportService;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.view.Pages;

/**
 * Importing organisations from a CSV file ({@code quan-tri/nhap-to-chuc.xhtml}): upload, preview with each row's
 * errors, then the import in the background with a progress bar that polls the import's row in the database.
 */
@Named
@ViewScoped
public class OrganisationImportBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationImportService imports;

    private transient UploadedFile file;
    private byte[] bytes;
    private String fileName;
    private OrganisationImportService.Preview preview;
    private Long jobId;
    private OrganisationImportService.Progress progress;

    /** Reads the uploaded file and shows what it would import; a file that is not CSV is said next to the field. */
    public void upload() {
        preview = null;
        jobId = null;
        progress = null;
        if (file == null || file.getSize() == 0) {
            Pages.fieldError("upload:file", "directory.import.empty");
            return;
        }
        try {
            bytes = file.getContent();
            fileName = file.getFileName();
            preview = imports.preview(bytes);
        } catch (RuntimeException refused) {
            var cause = refused.getCause() instanceof BusinessException b ? b : refused;
            if (cause instanceof BusinessException refusal) {
                Pages.fieldError("upload:file", refusal.getMessageKey(), refusal.getArguments());
            } else {
                Pages.refusal("upload", refused);
            }
        }
    }

    public void start() {
        if (preview == null || !preview.isImportable()) {
            return;
        }
        try {
            jobId = imports.start(bytes, fileName);
            progress = imports.job(jobId);
        } catch (RuntimeException refused) {
            Pages.refusal("run", refused);
        }
    }

    /** Called by the poll: reads the import's progress from the database. */
    public void refresh() {
        if (jobId != null) {
            progress = imports.job(jobId);
            if (progress.isFinished()) {
                bytes = null;
            }
        }
    }

    public boolean isRunning() {
        return progress != null && !progress.isFinished();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public OrganisationImportService.Preview getPreview() {
        return preview;
    }

    public OrganisationImportService.Progress getProgress() {
        return progress;
    }

    public String getFileName() {
        return fileName;
    }
}

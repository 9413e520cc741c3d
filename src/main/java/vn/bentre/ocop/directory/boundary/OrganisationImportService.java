package vn.bentre.ocop.directory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import vn.bentre.ocop.directory.control.ImportProgress;
import vn.bentre.ocop.directory.control.OrganisationCsv;
import vn.bentre.ocop.directory.control.OrganisationImporter;
import vn.bentre.ocop.directory.entity.ImportJob;
import vn.bentre.ocop.directory.entity.ImportStatus;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.RoleNames;

/**
 * Imports organisations from a CSV file: a preview says what each row will become and what is wrong with it; the
 * import itself takes all rows or none. Long files run in the background with their progress in the database.
 */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class OrganisationImportService {

    /** What a file would import: every row with its errors. */
    public record Preview(List<OrganisationCsv.Row> rows, long validRows, List<OrganisationCsv.RowError> errors)
            implements Serializable {

        public boolean isImportable() {
            return errors.isEmpty();
        }
    }

    /** How an import stands, for the progress bar and its outcome. */
    public record Progress(
            long jobId,
            ImportStatus status,
            int percent,
            int doneRows,
            int totalRows,
            int importedRows,
            String messageKey)
            implements Serializable {

        public boolean isFinished() {
            return status != ImportStatus.RUNNING;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    OrganisationImporter importer;

    @Inject
    ImportProgress progress;

    @Inject
    SecurityContext security;

    public Preview preview(@NotNull byte[] bytes) {
        var rows = importer.read(bytes);
        var errors = rows.stream().flatMap(r -> r.errors().stream()).toList();
        return new Preview(
                rows, rows.stream().filter(OrganisationCsv.Row::isValid).count(), errors);
    }

    /** Starts the import in the background and returns its job id to poll. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(@NotNull byte[] bytes, @NotBlank @Size(max = ImportJob.FILE_NAME_MAX) String fileName) {
        var checked = preview(bytes);
        if (!checked.isImportable()) {
            throw BusinessException.invalid(
                    "directory.import.rowsInvalid", checked.errors().size());
        }
        long jobId = progress.begin(fileName, checked.rows().size(), callerId());
        importer.runInBackground(jobId, bytes.clone());
        return jobId;
    }

    /** Imports now, in the caller's request (the REST API); returns the finished job. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Progress importNow(@NotNull byte[] bytes, @NotBlank @Size(max = ImportJob.FILE_NAME_MAX) String fileName) {
        var checked = preview(bytes);
        long jobId = progress.begin(fileName, checked.rows().size(), callerId());
        importer.runAndRecord(jobId, bytes);
        return job(jobId);
    }

    public Progress job(long jobId) {
        var job = em.find(ImportJob.class, jobId);
        if (job == null) {
            throw BusinessException.notFound("directory.import.noJob");
        }
        // A running job whose heartbeat stopped lost its node; its one transaction rolled back with it.
        if (job.isAbandoned(clock.now())) {
            return new Progress(
                    job.getId(),
                    ImportStatus.FAILED,
                    100,
                    job.getDoneRows(),
                    job.getTotalRows(),
                    0,
                    "directory.import.abandoned");
        }
        return new Progress(
                job.getId(),
                job.getStatus(),
                job.getPercent(),
                job.getDoneRows(),
                job.getTotalRows(),
                job.getImportedRows(),
                job.getMessageKey());
    }

    private Long callerId() {
        var principal = security.getCallerPrincipal();
        try {
            return principal == null ? null : Long.valueOf(principal.getName());
        } catch (NumberFormatException notAnAccount) {
            return null;
        }
    }
}

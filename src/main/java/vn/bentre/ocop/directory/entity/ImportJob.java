package vn.bentre.ocop.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One import of organisations from a CSV file, and how far it got. Lives in the database so that the page polling
 * its progress may be served by any node, and so that a restart leaves a readable trace.
 */
@Entity
@Table(name = "import_job")
@NamedQuery(
        name = ImportJob.BEAT,
        query = "update ImportJob j set j.heartbeatAt = :now where j.id = :id and j.status = :running")
public class ImportJob {

    public static final int FILE_NAME_MAX = 255;

    /** How often the node running an import writes its heartbeat. */
    public static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(5);

    /**
     * A running import whose last heartbeat is older than this lost its node (twelve heartbeats missed: a long
     * garbage collection or a busy database does not end a live import).
     */
    public static final Duration STALE_AFTER = Duration.ofSeconds(60);

    /** The JPQL bulk update of the heartbeat: it leaves {@code version} alone, so it never conflicts with the import. */
    public static final String BEAT = "ImportJob.beat";

    @Id
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    private Long id;

    @NotBlank
    @Size(max = FILE_NAME_MAX)
    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
    private String fileName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportStatus status;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "done_rows", nullable = false)
    private int doneRows;

    @Column(name = "imported_rows", nullable = false)
    private int importedRows;

    @Size(max = 120)
    @Column(name = "message_key", length = 120)
    private String messageKey;

    @Column(name = "started_by")
    private Long startedBy;

    @NotNull
    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    /** The last sign of life of the node running the import; null on jobs older than the column. */
    @Column(name = "heartbeat_at")
    private LocalDateTime heartbeatAt;

    @Version
    private long version;

    protected ImportJob() {
        // for JPA
    }

    public ImportJob(String fileName, int totalRows, Long startedBy, LocalDateTime startedAt) {
        this.fileName = fileName.length() > FILE_NAME_MAX ? fileName.substring(0, FILE_NAME_MAX) : fileName;
        this.totalRows = totalRows;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.heartbeatAt = startedAt;
        this.status = ImportStatus.RUNNING;
    }

    public void progress(int done, LocalDateTime at) {
        this.doneRows = Math.min(done, totalRows);
        beat(at);
    }

    /** A sign of life from the node running the import. */
    public void beat(LocalDateTime at) {
        if (heartbeatAt == null || at.isAfter(heartbeatAt)) {
            this.heartbeatAt = at;
        }
    }

    public void succeed(int imported, LocalDateTime at) {
        this.status = ImportStatus.DONE;
        this.doneRows = totalRows;
        this.importedRows = imported;
        this.finishedAt = at;
    }

    /** Nothing was imported: the transaction of the rows rolled back. */
    public void fail(String messageKey, LocalDateTime at) {
        this.status = ImportStatus.FAILED;
        this.importedRows = 0;
        this.messageKey = messageKey;
        this.finishedAt = at;
    }

    /** 0 to 100, for the progress bar. */
    public int getPercent() {
        return totalRows == 0 ? 100 : (int) (100L * doneRows / totalRows);
    }

    /**
     * Whether a running import has given no sign of life for longer than {@link #STALE_AFTER}: its node stopped,
     * its one transaction rolled back, and nothing of it was imported. A job without a heartbeat (older than the
     * column) counts from its start.
     */
    public boolean isAbandoned(LocalDateTime now) {
        LocalDateTime lastSign = heartbeatAt == null ? startedAt : heartbeatAt;
        return status == ImportStatus.RUNNING && lastSign.plus(STALE_AFTER).isBefore(now);
    }

    public LocalDateTime getHeartbeatAt() {
        return heartbeatAt;
    }

    public boolean isFinished() {
        return status != ImportStatus.RUNNING;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getDoneRows() {
        return doneRows;
    }

    public int getImportedRows() {
        return importedRows;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Long getStartedBy() {
        return startedBy;
    }
}

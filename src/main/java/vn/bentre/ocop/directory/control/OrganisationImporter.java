package vn.bentre.ocop.directory.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.bentre.ocop.directory.entity.AdminUnit;
import vn.bentre.ocop.directory.entity.ImportJob;
import vn.bentre.ocop.directory.entity.Organisation;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.entity.AuditEntry;

/**
 * Imports a CSV file of organisations in ONE transaction: every row is checked again against the database at
 * import time, and a single bad row (or any failure) rolls back every row, so nothing is ever half-imported.
 * Progress goes to the {@link ImportJob} row through {@link ImportProgress}.
 */
@Stateless
public class OrganisationImporter {

    static final int PROGRESS_EVERY = 25;

    private static final Logger LOG = Logger.getLogger(OrganisationImporter.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    ImportProgress progress;

    @Inject
    OrganisationImporter self;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    /** Reads and checks a file against today's communes and the tax codes already taken. */
    public List<OrganisationCsv.Row> read(byte[] bytes) {
        var communes = communesByCode(clock.today());
        var taken = new HashSet<>(
                em.createNamedQuery(Organisation.ALL_TAX_CODES, String.class).getResultList());
        return OrganisationCsv.read(bytes, communes::containsKey, taken);
    }

    /** Runs the import in the background; the caller polls the job. The job's row says how it ended. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runInBackground(long jobId, byte[] bytes) {
        runAndRecord(jobId, bytes);
    }

    /** Runs the import now and returns how many rows were imported; a refusal has marked the job failed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int runAndRecord(long jobId, byte[] bytes) {
        // While this node works on the job, a timer of its own writes the heartbeat every few seconds, whatever the
        // import thread is doing (a long flush, a lock wait); when the node dies, the heartbeat stops with it.
        long every = ImportJob.HEARTBEAT_EVERY.toMillis();
        ScheduledFuture<?> heartbeat = scheduler.scheduleAtFixedRate(
                () -> {
                    try {
                        progress.beat(jobId);
                    } catch (RuntimeException missed) {
                        LOG.log(Level.FINE, "Heartbeat of import " + jobId + " missed", missed);
                    }
                },
                every,
                every,
                TimeUnit.MILLISECONDS);
        try {
            return self.importAll(jobId, bytes);
        } catch (BusinessException refused) {
            progress.fail(jobId, refused.getMessageKey());
            throw refused;
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Import " + jobId + " failed; nothing was imported", failed);
            progress.fail(jobId, "directory.import.failed");
            throw BusinessException.invalid("directory.import.failed");
        } finally {
            heartbeat.cancel(false);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int importAll(long jobId, byte[] bytes) {
        var today = clock.today();
        var communes = communesByCode(today);
        var taken = new HashSet<>(
                em.createNamedQuery(Organisation.ALL_TAX_CODES, String.class).getResultList());
        var rows = OrganisationCsv.read(bytes, communes::containsKey, taken);
        long invalid = rows.stream().filter(r -> !r.isValid()).count();
        if (invalid > 0) {
            throw BusinessException.invalid("directory.import.rowsInvalid", invalid);
        }
        int done = 0;
        for (var row : rows) {
            var organisation = new Organisation(
                    row.type(), row.name(), row.taxCode(), communes.get(row.communeCode()), clock.now());
            organisation.changeContact(row.address(), row.phone(), row.email());
            em.persist(organisation);
            if (++done % PROGRESS_EVERY == 0) {
                em.flush();
                progress.advance(jobId, done);
            }
        }
        em.flush();
        var job = em.find(ImportJob.class, jobId);
        job.succeed(done, clock.now());
        // The actor is the admin who started the job: a background thread has no caller of its own.
        em.persist(new AuditEntry(
                clock.now(),
                job.getStartedBy(),
                "ORGANISATIONS_IMPORTED",
                "IMPORT",
                jobId,
                job.getFileName() + ": " + done));
        return done;
    }

    private Map<String, AdminUnit> communesByCode(LocalDate day) {
        var byCode = new HashMap<String, AdminUnit>();
        for (var unit : em.createNamedQuery(AdminUnit.COMMUNES_VALID_ON, AdminUnit.class)
                .setParameter("day", day)
                .getResultList()) {
            byCode.put(unit.getCode(), unit);
        }
        return byCode;
    }
}

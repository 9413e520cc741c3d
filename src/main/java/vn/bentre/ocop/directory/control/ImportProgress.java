package vn.bentre.ocop.directory.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.bentre.ocop.directory.entity.ImportJob;
import vn.bentre.ocop.directory.entity.ImportStatus;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * Writes an import's progress in short transactions of their own, beside the import's one long transaction, so the
 * progress is visible (to any node) while the rows are not yet.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportProgress {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    public long begin(String fileName, int totalRows, Long startedBy) {
        var job = new ImportJob(fileName, totalRows, startedBy, clock.now());
        em.persist(job);
        em.flush();
        return job.getId();
    }

    public void advance(long jobId, int doneRows) {
        em.find(ImportJob.class, jobId).progress(doneRows, clock.now());
    }

    /**
     * The heartbeat of a running import, a bulk update that leaves the row's version alone: it runs beside the
     * import's own transaction, which updates the same row when it finishes, and must never make that one fail.
     */
    public void beat(long jobId) {
        em.createNamedQuery(ImportJob.BEAT)
                .setParameter("now", clock.now())
                .setParameter("id", jobId)
                .setParameter("running", ImportStatus.RUNNING)
                .executeUpdate();
    }

    public void fail(long jobId, String messageKey) {
        em.find(ImportJob.class, jobId).fail(messageKey, clock.now());
    }
}

package vn.bentre.ocop.content.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.bentre.ocop.platform.control.PortalClock;

/**
 * Rebuilds the whole search index in batches, each in its own transaction, so readers keep finding the old
 * entries meanwhile and a failure loses at most one batch. The state lives in the one row of
 * {@code search_rebuild}: a node starts a rebuild by a conditional UPDATE that only one node can win, and writes
 * its progress there after every batch. With several nodes the rebuild runs on the node that won; an
 * administrator's progress poll that lands on another node reads the same row, so it shows the same figures.
 */
@Stateless
public class SearchRebuild {

    public static final int BATCH = 200;

    /** A RUNNING state older than this is taken to belong to a node that died mid-rebuild. */
    static final int STALE_MINUTES = 30;

    private static final Logger LOG = Logger.getLogger(SearchRebuild.class.getName());

    /** @param total items to index; {@code done} of them are done */
    public record Progress(boolean running, int total, int done, LocalDateTime startedAt, LocalDateTime finishedAt) {

        public int percent() {
            return total == 0 ? (running ? 0 : 100) : Math.min(100, done * 100 / total);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    SearchIndex index;

    /** Claims the rebuild for this node; false when one is already running (here or on another node). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim() {
        var now = clock.now();
        int total = (int) index.visibleItems();
        return em.createNativeQuery("UPDATE search_rebuild SET state = 'RUNNING', total = ?, done = 0,"
                                + " started_at = ?, finished_at = NULL"
                                + " WHERE id = 1 AND (state = 'IDLE' OR started_at < ?)")
                        .setParameter(1, total)
                        .setParameter(2, now)
                        .setParameter(3, now.minusMinutes(STALE_MINUTES))
                        .executeUpdate()
                == 1;
    }

    /** Runs a claimed rebuild in the background. */
    @Asynchronous
    public void runInBackground() {
        run();
    }

    /** Runs a claimed rebuild now (at start-up, so the first reader already finds the demo items). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        int done = 0;
        try {
            long after = 0;
            for (var ids = index.indexBatch(after, BATCH); !ids.isEmpty(); ids = index.indexBatch(after, BATCH)) {
                after = ids.getLast();
                done += ids.size();
                progress(done);
            }
            index.removeInvisible();
            LOG.info(() -> "Search index rebuilt");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Search index rebuild failed", e);
        } finally {
            finish(done);
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Progress progress() {
        var row = (Object[]) em.createNativeQuery(
                        "SELECT state, total, done, started_at, finished_at FROM search_rebuild WHERE id = 1")
                .getSingleResult();
        return new Progress(
                "RUNNING".equals(row[0]),
                ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue(),
                Jdbc.time(row[3]),
                Jdbc.time(row[4]));
    }

    private void progress(int done) {
        // Each write in its own short transaction, so every node sees the progress at once.
        self().writeProgress(done);
    }

    private void finish(int done) {
        self().writeFinished(done, clock.now());
    }

    @Resource
    SessionContext context;

    private SearchRebuild self() {
        return context.getBusinessObject(SearchRebuild.class);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void writeProgress(int done) {
        em.createNativeQuery("UPDATE search_rebuild SET done = ? WHERE id = 1")
                .setParameter(1, done)
                .executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void writeFinished(int done, LocalDateTime at) {
        em.createNativeQuery("UPDATE search_rebuild SET state = 'IDLE', done = ?, finished_at = ? WHERE id = 1")
                .setParameter(1, done)
                .setParameter(2, at)
                .executeUpdate();
    }
}

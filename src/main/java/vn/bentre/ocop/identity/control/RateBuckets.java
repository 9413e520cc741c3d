package vn.bentre.ocop.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.bentre.ocop.identity.entity.RateBucket;

/**
 * Finds and locks {@link RateBucket}s in the caller's transaction ({@code SELECT ... FOR UPDATE}: the database
 * serialises every node's changes to one bucket). A missing bucket is first created in a transaction of its own,
 * where losing a race with another node is harmless, so the caller's transaction never sees a failed insert.
 */
@ApplicationScoped
public class RateBuckets {

    @PersistenceContext
    EntityManager em;

    @Inject
    Creator creator;

    /** The buckets, each locked, taken in one order (sorted keys) so that two transactions never deadlock. */
    public Map<String, RateBucket> lock(LocalDateTime now, String... keys) {
        var sorted = new TreeSet<String>();
        for (String key : keys) {
            sorted.add(RateBucket.key(key));
        }
        var locked = new LinkedHashMap<String, RateBucket>();
        for (String key : sorted) {
            var bucket = em.find(RateBucket.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (bucket == null) {
                try {
                    creator.create(key, now);
                } catch (RuntimeException lost) {
                    // another node created it first: it is there now
                }
                bucket = em.find(RateBucket.class, key, LockModeType.PESSIMISTIC_WRITE);
            }
            locked.put(key, bucket);
        }
        return locked;
    }

    public RateBucket lockOne(String key, LocalDateTime now) {
        return lock(now, key).get(RateBucket.key(key));
    }

    /** A bucket as it is, unlocked; {@code null} when it was never used. */
    public RateBucket peek(String key) {
        return em.find(RateBucket.class, RateBucket.key(key));
    }

    public List<RateBucket> peek(List<String> keys) {
        if (keys.isEmpty()) {
            return new ArrayList<>();
        }
        return em.createQuery("select b from RateBucket b where b.bucket in :keys", RateBucket.class)
                .setParameter("keys", keys.stream().map(RateBucket::key).toList())
                .getResultList();
    }

    /** Creates an empty bucket in its own transaction. */
    @ApplicationScoped
    public static class Creator {

        @PersistenceContext
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void create(String key, LocalDateTime now) {
            em.persist(new RateBucket(key, now));
            em.flush();
        }
    }
}

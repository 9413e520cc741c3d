package vn.bentre.ocop.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * One-off facts about this installation, such as "demo accounts were loaded". Claiming a fact inserts its row in
 * the caller's transaction: when several nodes start together, only the first one's claim commits and the others
 * fail on the primary key, so one-off work is done once.
 */
@ApplicationScoped
public class InstallationFacts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    /** Records the fact now; throws a persistence exception if another node already did. */
    public void claim(String name, String value) {
        em.createNativeQuery("insert into installation_fact (name, fact_value, created_at) values (?1, ?2, ?3)")
                .setParameter(1, name)
                .setParameter(2, value)
                .setParameter(3, clock.now())
                .executeUpdate();
    }

    /**
     * Whether one-off loading work (demo data) should run: only into tables that are still empty and only if no
     * node has recorded the fact yet. The caller claims the fact before it writes.
     */
    public boolean firstLoad(String name, long existingRows) {
        return existingRows == 0 && !isRecorded(name);
    }

    public boolean isRecorded(String name) {
        return ((Number) em.createNativeQuery("select count(*) from installation_fact where name = ?1")
                                .setParameter(1, name)
                                .getSingleResult())
                        .longValue()
                > 0;
    }
}

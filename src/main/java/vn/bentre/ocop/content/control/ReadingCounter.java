package vn.bentre.ocop.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.bentre.ocop.content.entity.ContentType;

/**
 * Readings of published items, gathered in this node's memory and written to the database in batches (see
 * {@code content.boundary.ReadingCounts}), so that reading an article costs no write: one {@code UPDATE} per item
 * and interval instead of one per reading, and a much-read article on PostgreSQL does not make every reader wait
 * for its row. Each node adds its own counts, so readings on every node add up; what a node had not yet written
 * when it died (a few seconds' worth) is lost, which a reading count can bear.
 *
 * <p>Bounded by the number of published items: only pages that were found count (a rendered item, or a page the
 * page cache holds because it rendered).
 */
@ApplicationScoped
public class ReadingCounter {

    /** One published item, as its address names it. */
    public record Item(ContentType type, String slug) {}

    /** Counters stay once made (one per item read), so no reading can land on a counter already taken away. */
    private final ConcurrentHashMap<Item, AtomicLong> pending = new ConcurrentHashMap<>();

    public void count(ContentType type, String slug) {
        pending.computeIfAbsent(new Item(type, slug), item -> new AtomicLong()).incrementAndGet();
    }

    /** Takes the readings counted so far, exactly; readings counted meanwhile wait for the next batch. */
    public Map<Item, Long> drain() {
        var batch = new HashMap<Item, Long>();
        pending.forEach((item, counter) -> {
            long count = counter.getAndSet(0);
            if (count > 0) {
                batch.put(item, count);
            }
        });
        return batch;
    }

    /** Puts back readings a batch could not write (the database was away), for the next batch. */
    public void giveBack(Map<Item, Long> unwritten) {
        unwritten.forEach((item, count) ->
                pending.computeIfAbsent(item, i -> new AtomicLong()).addAndGet(count));
    }
}

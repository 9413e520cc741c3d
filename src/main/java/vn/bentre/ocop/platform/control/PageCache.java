package vn.bentre.ocop.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered public pages as anonymous readers get them, kept for a few seconds so that a busy page is rendered once
 * per interval instead of once per reader. Cleared on this node as soon as content changes (the components call
 * {@link #clear()} after their change committed); other nodes see the change when their copy expires, so
 * {@code portal.page-cache.seconds} bounds how stale a page can be anywhere. Zero switches the cache off.
 *
 * <p>Apart from that short-lived cache it keeps the <b>last good copy</b> of every public page an anonymous reader
 * got (see {@link #keepLastGood}), cached or not, for the time the database is out of reach: the page is then
 * served from that copy with a notice saying when it was made, instead of an error (stale-if-error). Those copies
 * are not cleared when content changes (they are only ever shown with that notice); they are bounded by
 * {@code portal.page-cache.last-good-megabytes} and the least recently stored go first.
 *
 * <p>Only bytes are kept, bounded in number and size; nothing here is needed for correctness, so a node that
 * restarts or drops it loses only speed and its fallback copies.
 */
@ApplicationScoped
public class PageCache {

    static final int MAX_ENTRIES = 2_000;
    static final int MAX_BYTES = 512 * 1024;

    /**
     * A rendered page: its bytes and the headers that belong to them, ready to send as they are (its CSP nonce
     * belongs to the bytes, see {@link SealedPage}: nothing is re-encoded or replaced on a hit).
     */
    public record Page(byte[] body, String contentType, String policy, String etag, long storedAt) {}

    /** The last copy of a page that rendered well, and when (wall-clock) it was made. */
    public record LastGood(byte[] body, String contentType, String policy, Instant madeAt) {}

    private final ConcurrentHashMap<String, Page> pages = new ConcurrentHashMap<>();

    /** Insertion order is the order of eviction: a page stored again moves to the end. Guarded by itself. */
    private final LinkedHashMap<String, LastGood> lastGood = new LinkedHashMap<>(256, 0.75f, false);

    private long lastGoodBytes;

    @Inject
    @ConfigProperty(name = "portal.page-cache.last-good-megabytes", defaultValue = "32")
    int lastGoodMegabytes;

    @Inject
    @ConfigProperty(name = "portal.page-cache.seconds", defaultValue = "10")
    int seconds;

    public boolean isEnabled() {
        return seconds > 0;
    }

    public Optional<Page> get(String key) {
        var page = pages.get(key);
        if (page == null) {
            return Optional.empty();
        }
        if (System.nanoTime() - page.storedAt() > Duration.ofSeconds(seconds).toNanos()) {
            pages.remove(key, page);
            return Optional.empty();
        }
        return Optional.of(page);
    }

    public void put(String key, SealedPage sealed, String contentType) {
        if (!isEnabled() || sealed.body().length > MAX_BYTES) {
            return;
        }
        if (pages.size() >= MAX_ENTRIES) {
            // Crude but bounded: a crawler walking thousands of URLs empties the cache rather than the heap.
            pages.clear();
        }
        pages.put(key, new Page(sealed.body(), contentType, sealed.policy(), sealed.etag(), System.nanoTime()));
    }

    public void clear() {
        pages.clear();
    }

    /**
     * Keeps this rendering as the page's last good copy, replacing the one before; the oldest copies go when the
     * copies together pass their budget. Called for every public page rendered for an anonymous reader with a 200.
     */
    public void keepLastGood(String key, SealedPage sealed, String contentType, Instant madeAt) {
        long budget = lastGoodMegabytes * 1024L * 1024L;
        if (budget <= 0 || sealed.body().length > MAX_BYTES) {
            return;
        }
        var copy = new LastGood(sealed.body(), contentType, sealed.policy(), madeAt);
        synchronized (lastGood) {
            var before = lastGood.remove(key);
            if (before != null) {
                lastGoodBytes -= before.body().length;
            }
            lastGood.put(key, copy);
            lastGoodBytes += copy.body().length;
            var oldest = lastGood.entrySet().iterator();
            while (lastGoodBytes > budget && oldest.hasNext()) {
                Map.Entry<String, LastGood> gone = oldest.next();
                lastGoodBytes -= gone.getValue().body().length;
                oldest.remove();
            }
        }
    }

    /** The last good copy of a page, however old, for when it cannot be rendered now. */
    public Optional<LastGood> lastGood(String key) {
        synchronized (lastGood) {
            return Optional.ofNullable(lastGood.get(key));
        }
    }

    public int size() {
        return pages.size();
    }
}

package vn.bentre.ocop.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered public pages as anonymous readers get them, kept for a few seconds so that a busy page is rendered once
 * per interval instead of once per reader. Cleared on this node as soon as content changes (the components call
 * {@link #clear()} after their change committed); other nodes see the change when their copy expires, so
 * {@code portal.page-cache.seconds} bounds how stale a page can be anywhere. Zero switches the cache off.
 *
 * <p>Only bytes are kept, bounded in number and size; nothing here is needed for correctness, so a node that
 * restarts or drops it loses only speed.
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

    private final ConcurrentHashMap<String, Page> pages = new ConcurrentHashMap<>();

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

    public int size() {
        return pages.size();
    }
}

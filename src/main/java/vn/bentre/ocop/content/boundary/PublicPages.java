package vn.bentre.ocop.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.bentre.ocop.content.control.ContentPaths;
import vn.bentre.ocop.content.control.ReadingCounter;
import vn.bentre.ocop.content.entity.ContentChanged;
import vn.bentre.ocop.platform.control.CachedPageServed;
import vn.bentre.ocop.platform.control.PageCache;

/**
 * Keeps the rendered-page cache honest about content: emptied once a change to a public item committed (not
 * before, or a reader could cache the old page again in between), and a reading served from the cache still
 * counts as a reading of the item.
 */
@ApplicationScoped
public class PublicPages {

    @Inject
    PageCache cache;

    @Inject
    ReadingCounter readings;

    void onContentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        cache.clear();
    }

    void onCachedPage(@Observes CachedPageServed served) {
        String[] parts = served.path().split("/");
        // "/tin-tuc/slug" splits into "", "tin-tuc", "slug"
        if (parts.length == 3 && !parts[2].isEmpty()) {
            ContentPaths.type(parts[1]).ifPresent(type -> readings.count(type, parts[2]));
        }
    }
}

package vn.bentre.ocop.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.bentre.ocop.content.control.SearchIndex;
import vn.bentre.ocop.content.control.SearchRebuild;

/**
 * Builds the search index at start-up when it is empty but there are published items (the demo content, or a
 * database that predates the index). Done before the portal opens, so the first reader already finds them; when
 * several nodes start at once only the one that claims the rebuild does it.
 */
@Singleton
@Startup
@DependsOn("ContentStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchStartup {

    private static final Logger LOG = Logger.getLogger(SearchStartup.class.getName());

    @Inject
    SearchIndex index;

    @Inject
    SearchRebuild rebuild;

    @PostConstruct
    void buildEmptyIndex() {
        try {
            if (index.entries() == 0 && index.visibleItems() > 0 && rebuild.claim()) {
                rebuild.run();
            }
        } catch (RuntimeException e) {
            // Search stays empty until an administrator rebuilds it; the rest of the portal must still start.
            LOG.log(Level.SEVERE, "Search index not built at start-up", e);
        }
    }
}

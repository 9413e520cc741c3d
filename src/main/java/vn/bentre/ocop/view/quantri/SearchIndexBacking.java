package vn.bentre.ocop.view.quantri;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import vn.bentre.ocop.content.boundary.SearchIndexAdminService;
import vn.bentre.ocop.view.Pages;

/**
 * The search index rebuild ({@code quan-tri/chi-muc.xhtml}). The progress bar polls {@link #getPercent}, which
 * reads the progress row in the database each time, so it shows the rebuild wherever it runs.
 */
@Named
@ViewScoped
public class SearchIndexBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient SearchIndexAdminService index;

    public void start() {
        try {
            if (index.start()) {
                Pages.info("discovery.index.started");
            } else {
                Pages.error("discovery.index.busy");
            }
        } catch (RuntimeException refused) {
            Pages.refusal("index", refused);
        }
    }

    public void finished() {
        Pages.info("discovery.index.finished", index.progress().done());
    }

    public int getPercent() {
        return index.progress().percent();
    }

    public boolean isRunning() {
        return index.progress().running();
    }

    public int getTotal() {
        return index.progress().total();
    }

    public int getDone() {
        return index.progress().done();
    }

    public java.time.LocalDateTime getFinishedAt() {
        return index.progress().finishedAt();
    }
}

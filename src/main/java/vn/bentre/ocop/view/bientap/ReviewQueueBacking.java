package vn.bentre.ocop.view.bientap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.bentre.ocop.content.boundary.EditorialService;

/** The review queue ({@code bien-tap/duyet.xhtml}): what waits for a reviewer, oldest first. */
@Named
@RequestScoped
public class ReviewQueueBacking {

    @Inject
    EditorialService editorial;

    private List<EditorialService.Row> queue;

    public List<EditorialService.Row> getQueue() {
        if (queue == null) {
            queue = editorial.reviewQueue();
        }
        return queue;
    }
}

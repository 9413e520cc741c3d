package vn.bentre.ocop.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.bentre.ocop.content.control.SearchRebuild;
import vn.bentre.ocop.platform.control.RoleNames;

/** Administrators rebuild the whole search index (after an import, or if it ever drifted) and watch it run. */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class SearchIndexAdminService {

    @Inject
    SearchRebuild rebuild;

    /** Starts a rebuild in the background; false when one is already running, on this node or another. */
    public boolean start() {
        if (!rebuild.claim()) {
            return false;
        }
        rebuild.runInBackground();
        return true;
    }

    public SearchRebuild.Progress progress() {
        return rebuild.progress();
    }
}

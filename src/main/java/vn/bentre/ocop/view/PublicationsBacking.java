package vn.bentre.ocop.view;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import vn.bentre.ocop.content.boundary.CatalogService;
import vn.bentre.ocop.content.boundary.PublishedContentService;
import vn.bentre.ocop.content.control.ContentPaths;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.platform.control.ResultPage;

/**
 * A public list of one content type and, at {@code /<list>/<slug>}, one item of it: the page is the list when the
 * URL has no path parameter and the item otherwise. Anything that is not a published item is a 404.
 */
public abstract class PublicationsBacking {

    public static final int PAGE_SIZE = 10;

    @Inject
    PublishedContentService content;

    @Inject
    CatalogService catalog;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    @Inject
    @Param(pathIndex = 1)
    String extraPath;

    @Inject
    @Param(name = PageParameter.NAME)
    String pageNumber;

    private ResultPage<ContentItem> page;
    private ContentItem item;

    protected abstract ContentType type();

    /** The view action: loads the list page or the item before rendering, so the page can still answer 404. */
    public void load() {
        if (extraPath != null) {
            notFound();
        } else if (slug == null) {
            var number = PageParameter.parse(pageNumber);
            page = number.isPresent() ? content.page(type(), number.getAsInt(), PAGE_SIZE) : null;
            if (page == null || page.isBeyondEnd()) {
                notFound();
            }
        } else {
            item = content.findPublished(type(), slug).orElse(null);
            if (item == null) {
                // An old slug of a published item: 301 to where it lives now, so links and bookmarks keep working.
                catalog.currentSlug(type(), slug)
                        .ifPresentOrElse(
                                current -> Faces.redirectPermanent(
                                        Faces.getRequestContextPath() + ContentPaths.itemPath(type(), current)),
                                PublicationsBacking::notFound);
            }
        }
    }

    private static void notFound() {
        Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
    }

    public boolean isDetail() {
        return item != null;
    }

    public ResultPage<ContentItem> getPage() {
        return page;
    }

    public ContentItem getItem() {
        return item;
    }

    /** The item's public path from the context root, for the canonical link and Open Graph. */
    public String getItemPath() {
        return item == null ? null : ContentPaths.itemPath(item.getType(), item.getSlug());
    }
}

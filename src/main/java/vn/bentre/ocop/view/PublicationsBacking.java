package vn.bentre.ocop.view;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import vn.bentre.ocop.content.boundary.CatalogService;
import vn.bentre.ocop.content.boundary.ContentFilter;
import vn.bentre.ocop.content.boundary.ContentLibraryService;
import vn.bentre.ocop.content.boundary.ItemDetails;
import vn.bentre.ocop.content.boundary.PublishedContentService;
import vn.bentre.ocop.content.control.ContentPaths;
import vn.bentre.ocop.content.entity.Category;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.content.entity.MaterialTopic;
import vn.bentre.ocop.platform.control.Language;
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

    @Inject
    ContentLibraryService library;

    @Inject
    Language language;

    @Inject
    @Param(name = "danh-muc")
    String categoryParameter;

    @Inject
    @Param(name = "the")
    String tagParameter;

    @Inject
    @Param(name = "nam")
    String yearParameter;

    @Inject
    @Param(name = "chu-de")
    String topicParameter;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    /** Where each type's list and items live; related items can be of any type. */
    static final Map<ContentType, String> PATHS = Map.of(
            ContentType.NEWS, "/tin-tuc",
            ContentType.BULLETIN, "/ban-tin",
            ContentType.SERIES, "/chuyen-de",
            ContentType.MATERIAL, "/tai-lieu",
            ContentType.DOCUMENT, "/van-ban");

    private ResultPage<ContentItem> page;
    private ContentItem item;
    private ItemDetails details;
    private ContentFilter filter = ContentFilter.NONE;

    protected abstract ContentType type();

    /** The view action: loads the list page or the item before rendering, so the page can still answer 404. */
    public void load() {
        if (extraPath != null) {
            notFound();
        } else if (slug == null) {
            var number = PageParameter.parse(pageNumber);
            var parsed = ListFilters.parse(categoryParameter, tagParameter, yearParameter, topicParameter);
            if (number.isEmpty() || parsed.isEmpty()) {
                notFound();
                return;
            }
            filter = parsed.get().withLanguage(language.getTag());
            page = library.page(type(), filter, number.getAsInt(), PAGE_SIZE);
            if (page.isBeyondEnd()) {
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
            } else {
                details = library.details(item);
                content.countView(item.getType(), item.getSlug());
            }
        }
    }

    public ItemDetails getDetails() {
        return details;
    }

    public ContentFilter getFilter() {
        return filter;
    }

    public List<Category> getCategories() {
        return library.categories();
    }

    public List<Integer> getYears() {
        return library.years(type());
    }

    public List<MaterialTopic> getTopics() {
        return List.of(MaterialTopic.values());
    }

    /** The active filters as a query string without {@code ?} (for the pager), empty when none. */
    public String getFilterQuery() {
        return ListFilters.query(filter);
    }

    /** The category's name in the page's language. */
    public String categoryName(Category category) {
        return category.name(Faces.getLocale().getLanguage());
    }

    public String pathOf(ContentItem other) {
        return PATHS.get(other.getType()) + "/" + other.getSlug();
    }

    /** The item's public address, for share links (the configured base URL, not whatever Host the request had). */
    public String getShareUrl() {
        return item == null ? "" : stripSlash(baseUrl) + pathOf(item);
    }

    public String getFacebookShare() {
        return "https://www.facebook.com/sharer/sharer.php?u=" + encode(getShareUrl());
    }

    public String getZaloShare() {
        return "https://sp.zalo.me/share_to_zalo?href=" + encode(getShareUrl());
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
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

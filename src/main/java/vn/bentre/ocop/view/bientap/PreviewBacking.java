package vn.bentre.ocop.view.bientap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnifaces.util.Faces;
import vn.bentre.ocop.content.boundary.ContentLibraryService;
import vn.bentre.ocop.content.boundary.EditorialService;
import vn.bentre.ocop.content.boundary.ItemDetails;
import vn.bentre.ocop.content.control.ContentPaths;
import vn.bentre.ocop.content.entity.Category;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;

/**
 * The preview ({@code bien-tap/xem-truoc.xhtml?id=}): the item rendered by the public pages' own include, so the
 * author sees it as readers will, before it is published. It offers every property the include (and the item-head
 * and item-extras includes inside it) reads from a {@code view.PublicationsBacking}: a property missing here is a
 * 500 on every preview, so {@code PreviewBackingTest} checks them against the public backing.
 */
@Named
@RequestScoped
public class PreviewBacking {

    @Inject
    EditorialService editorial;

    @Inject
    ContentLibraryService library;

    @Inject
    @ConfigProperty(name = "portal.base-url")
    String baseUrl;

    private Long id;
    private ContentItem item;
    private ItemDetails details;

    public void load() {
        try {
            item = id == null ? null : editorial.find(id);
        } catch (RuntimeException refused) {
            item = null;
        }
        if (item == null || materialsOnly() && item.getType() != ContentType.MATERIAL) {
            item = null;
            Faces.responseSendError(404, "");
            return;
        }
        // The item's own files, categories, tags and type fields; around it only what readers may see.
        details = library.details(item);
    }

    protected boolean materialsOnly() {
        return false;
    }

    public boolean isDetail() {
        return item != null;
    }

    public Object getPage() {
        return null;
    }

    public ContentItem getItem() {
        return item;
    }

    public ItemDetails getDetails() {
        return details;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Where the item lives on the public site, for the include's breadcrumbs. */
    public String getListPath() {
        return item == null ? "/" : "/" + ContentPaths.segment(item.getType());
    }

    public String pathOf(ContentItem other) {
        return ContentPaths.itemPath(other.getType(), other.getSlug());
    }

    /** The category's name in the page's language. */
    public String categoryName(Category category) {
        return category.name(Faces.getLocale().getLanguage());
    }

    /** The address the item will have once published (the share links a reader will get). */
    public String getShareUrl() {
        if (item == null) {
            return "";
        }
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + pathOf(item);
    }

    public String getFacebookShare() {
        return "https://www.facebook.com/sharer/sharer.php?u="
                + URLEncoder.encode(getShareUrl(), StandardCharsets.UTF_8);
    }

    public String getZaloShare() {
        return "https://sp.zalo.me/share_to_zalo?href=" + URLEncoder.encode(getShareUrl(), StandardCharsets.UTF_8);
    }
}

package vn.bentre.ocop.view.bientap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import vn.bentre.ocop.content.boundary.EditorialService;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentType;

/**
 * The preview ({@code bien-tap/xem-truoc.xhtml?id=}): the item rendered by the public pages' own include, so the
 * author sees it as readers will, before it is published. It offers the same properties the include reads.
 */
@Named
@RequestScoped
public class PreviewBacking {

    @Inject
    EditorialService editorial;

    private Long id;
    private ContentItem item;

    public void load() {
        try {
            item = id == null ? null : editorial.find(id);
        } catch (RuntimeException refused) {
            item = null;
        }
        if (item == null || materialsOnly() && item.getType() != ContentType.MATERIAL) {
            item = null;
            Faces.responseSendError(404, "");
        }
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

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Where the item lives on the public site, for the include's breadcrumbs. */
    public String getListPath() {
        if (item == null) {
            return "/";
        }
        return switch (item.getType()) {
            case NEWS -> "/tin-tuc";
            case BULLETIN -> "/ban-tin";
            default -> "/";
        };
    }
}

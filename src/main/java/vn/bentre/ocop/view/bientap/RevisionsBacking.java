package vn.bentre.ocop.view.bientap;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import vn.bentre.ocop.content.boundary.EditorialService;
import vn.bentre.ocop.view.Pages;

/** An item's revisions ({@code bien-tap/phien-ban.xhtml?id=}): list, compare two, restore one. */
@Named
@ViewScoped
public class RevisionsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    EditorialService editorial;

    private Long id;
    private String title;
    private List<EditorialService.RevisionRow> revisions = List.of();
    private Integer older;
    private Integer newer;
    private EditorialService.Comparison comparison;

    public void load() {
        if (id == null) {
            Faces.responseSendError(404, "");
            return;
        }
        try {
            title = editorial.find(id).getTitle();
            revisions = editorial.revisions(id);
            if (revisions.size() >= 2 && older == null) {
                newer = revisions.get(0).number();
                older = revisions.get(1).number();
            }
        } catch (RuntimeException refused) {
            Faces.responseSendError(404, "");
        }
    }

    public void compare() {
        if (older == null || newer == null) {
            Pages.error("revision.chooseTwo");
            return;
        }
        try {
            comparison = editorial.compare(id, Math.min(older, newer), Math.max(older, newer));
        } catch (RuntimeException refused) {
            Pages.refusal("revisions", refused);
        }
    }

    public String restore(int number) {
        try {
            var saved = editorial.restore(id, number);
            Pages.info("revision.restored", number, saved.revision());
            Pages.keepMessages();
            return "/bien-tap/phien-ban?faces-redirect=true&id=" + id;
        } catch (RuntimeException refused) {
            Pages.refusal("revisions", refused);
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public List<EditorialService.RevisionRow> getRevisions() {
        return revisions;
    }

    public Integer getOlder() {
        return older;
    }

    public void setOlder(Integer older) {
        this.older = older;
    }

    public Integer getNewer() {
        return newer;
    }

    public void setNewer(Integer newer) {
        this.newer = newer;
    }

    public EditorialService.Comparison getComparison() {
        return comparison;
    }
}

package vn.bentre.ocop.view.giangvien;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.bentre.ocop.content.boundary.EditorialService;
import vn.bentre.ocop.content.entity.ContentType;

/** A trainer's own training materials ({@code giang-vien/tai-lieu.xhtml}), newest change first. */
@Named("trainerMaterialsBacking")
@RequestScoped
public class MyMaterialsBacking {

    @Inject
    EditorialService editorial;

    private List<EditorialService.Row> materials;

    public List<EditorialService.Row> getMaterials() {
        if (materials == null) {
            materials = editorial
                    .find(
                            new EditorialService.Filter(ContentType.MATERIAL, null, null, null),
                            EditorialService.Sort.UPDATED,
                            false,
                            0,
                            EditorialService.MAX_PAGE)
                    .rows();
        }
        return materials;
    }
}

package vn.bentre.ocop.view.giangvien;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.bentre.ocop.view.bientap.PreviewBacking;

/** The preview in the trainers' area: training materials only. */
@Named
@RequestScoped
public class MaterialPreviewBacking extends PreviewBacking {

    @Override
    protected boolean materialsOnly() {
        return true;
    }
}

package vn.bentre.ocop.view.giangvien;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import vn.bentre.ocop.view.bientap.DetailsBacking;

/** The details page in the trainers' area ({@code giang-vien/chi-tiet-tai-lieu.xhtml}): their own materials. */
@Named
@ViewScoped
public class MaterialDetailsBacking extends DetailsBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected String area() {
        return "/giang-vien";
    }

    @Override
    protected boolean materialsOnly() {
        return true;
    }
}

package vn.bentre.ocop.view.giangvien;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import vn.bentre.ocop.view.bientap.EditorBacking;

/** The editor form in the trainers' area ({@code giang-vien/soan-tai-lieu.xhtml}): training materials only. */
@Named
@ViewScoped
public class MaterialEditorBacking extends EditorBacking {

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

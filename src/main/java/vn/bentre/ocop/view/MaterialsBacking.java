package vn.bentre.ocop.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.bentre.ocop.content.entity.ContentType;

/** {@code tai-lieu.xhtml}: the list at {@code /tai-lieu} and each item at {@code /tai-lieu/{slug}}. */
@Named
@RequestScoped
public class MaterialsBacking extends PublicationsBacking {

    @Override
    protected ContentType type() {
        return ContentType.MATERIAL;
    }
}

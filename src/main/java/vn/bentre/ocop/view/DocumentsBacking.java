package vn.bentre.ocop.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.bentre.ocop.content.entity.ContentType;

/** {@code van-ban.xhtml}: the list at {@code /van-ban} and each item at {@code /van-ban/{slug}}. */
@Named
@RequestScoped
public class DocumentsBacking extends PublicationsBacking {

    @Override
    protected ContentType type() {
        return ContentType.DOCUMENT;
    }
}

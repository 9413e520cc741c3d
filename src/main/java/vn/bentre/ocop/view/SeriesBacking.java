package vn.bentre.ocop.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.bentre.ocop.content.entity.ContentType;

/** {@code chuyen-de.xhtml}: the list at {@code /chuyen-de} and each item at {@code /chuyen-de/{slug}}. */
@Named
@RequestScoped
public class SeriesBacking extends PublicationsBacking {

    @Override
    protected ContentType type() {
        return ContentType.SERIES;
    }
}

package vn.bentre.ocop.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.bentre.ocop.content.entity.ContentType;

/** The news list and articles ({@code tin-tuc.xhtml}: {@code /tin-tuc}, {@code /tin-tuc/{slug}}). */
@Named
@RequestScoped
public class NewsBacking extends PublicationsBacking {

    @Override
    protected ContentType type() {
        return ContentType.NEWS;
    }
}

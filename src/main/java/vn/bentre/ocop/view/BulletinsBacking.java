package vn.bentre.ocop.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.bentre.ocop.content.entity.ContentType;

/** The bulletin issues and each issue ({@code ban-tin.xhtml}: {@code /ban-tin}, {@code /ban-tin/{slug}}). */
@Named
@RequestScoped
public class BulletinsBacking extends PublicationsBacking {

    @Override
    protected ContentType type() {
        return ContentType.BULLETIN;
    }
}

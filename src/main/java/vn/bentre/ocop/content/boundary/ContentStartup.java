package vn.bentre.ocop.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.bentre.ocop.content.control.DemoMedia;
import vn.bentre.ocop.content.control.DemoPublications;
import vn.bentre.ocop.platform.control.DemoContent;

/** Loads the demo news and bulletin after the demo accounts, since the demo editor is their author. */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "IdentityStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContentStartup {

    @Inject
    DemoContent demo;

    @Inject
    DemoPublications publications;

    @Inject
    DemoMedia media;

    @PostConstruct
    void loadDemoPublications() {
        demo.load("publications", publications::loadIntoEmptyDatabase);
        // After the news it groups and files; once per installation (its own fact), in its own transaction.
        demo.load("media", media::loadOnce);
    }
}

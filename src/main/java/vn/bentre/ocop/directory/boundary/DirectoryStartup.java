package vn.bentre.ocop.directory.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.bentre.ocop.directory.control.DemoDirectory;
import vn.bentre.ocop.platform.control.DemoContent;

/** Loads the demo directory, after the schema migrations, when the installation asks for demo content. */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "IdentityStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectoryStartup {

    @Inject
    DemoContent demo;

    @Inject
    DemoDirectory directory;

    @PostConstruct
    void loadDemoDirectory() {
        demo.load("directory", directory::loadIntoEmptyDatabase);
    }
}

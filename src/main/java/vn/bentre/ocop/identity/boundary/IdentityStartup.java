package vn.bentre.ocop.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.bentre.ocop.identity.control.DemoAccounts;
import vn.bentre.ocop.platform.control.DemoContent;

/** Loads the demo accounts, after the schema migrations, when the installation asks for demo content. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdentityStartup {

    @Inject
    DemoContent demo;

    @Inject
    DemoAccounts accounts;

    @PostConstruct
    void loadDemoAccounts() {
        demo.load("accounts", accounts::loadIntoEmptyDatabase);
    }
}

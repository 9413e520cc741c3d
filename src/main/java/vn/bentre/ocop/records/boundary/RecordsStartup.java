package vn.bentre.ocop.records.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.bentre.ocop.platform.control.DemoContent;
import vn.bentre.ocop.records.control.DemoRecords;

/** Loads the demo records after the accounts and organisations they belong to. */
@Singleton
@Startup
@DependsOn("DirectoryStartup") // which waits for the accounts and the migration
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecordsStartup {

    @Inject
    DemoContent demo;

    @Inject
    DemoRecords records;

    @PostConstruct
    void loadDemoRecords() {
        demo.load("records", records::loadIntoEmptyDatabase);
    }
}

package vn.bentre.ocop.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.bentre.ocop.platform.control.DemoContent;
import vn.bentre.ocop.training.control.DemoCourses;
import vn.bentre.ocop.training.control.DemoEnrolments;

/**
 * Loads the demo courses after the demo accounts (the demo trainer teaches them) and the demo content (a course links
 * training materials), then their enrolments.
 */
@Singleton
@Startup
@DependsOn("ContentStartup") // which itself follows DatabaseMigration and IdentityStartup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrainingStartup {

    @Inject
    DemoContent demo;

    @Inject
    DemoCourses courses;

    @Inject
    DemoEnrolments enrolments;

    @PostConstruct
    void loadDemoCourses() {
        demo.load("courses", courses::loadIntoEmptyDatabase);
        demo.load("enrolments", enrolments::loadIntoEmptyDatabase);
    }
}

package vn.bentre.ocop.products.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.bentre.ocop.platform.control.DemoContent;
import vn.bentre.ocop.products.control.DemoProducts;

/** Loads the demo products after the demo directory, when the installation asks for demo content. */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DirectoryStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProductsStartup {

    @Inject
    DemoContent demo;

    @Inject
    DemoProducts products;

    @PostConstruct
    void loadDemoProducts() {
        demo.load("products", products::loadIntoEmptyDatabase);
    }
}

package vn.bentre.ocop.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.bentre.ocop.products.boundary.ProductCatalogService;
import vn.bentre.ocop.products.boundary.ProductRow;

/** The home page's OCOP section ({@code home-sections.xhtml}): a few top-rated products and the programme link. */
@Named
@RequestScoped
public class HomeProductsBacking {

    static final int PRODUCTS = 4;

    @Inject
    ProductCatalogService catalogue;

    private List<ProductRow> products;

    @PostConstruct
    void load() {
        products =
                catalogue.page(ProductCatalogService.Filter.none(), 1, PRODUCTS).getItems();
    }

    public List<ProductRow> getProducts() {
        return products;
    }
}

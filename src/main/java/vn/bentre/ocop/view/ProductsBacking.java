package vn.bentre.ocop.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import vn.bentre.ocop.directory.entity.OrganisationType;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.ResultPage;
import vn.bentre.ocop.products.boundary.ProductCatalogService;
import vn.bentre.ocop.products.boundary.ProductRow;
import vn.bentre.ocop.products.control.ProductFilterSlugs;
import vn.bentre.ocop.products.entity.ProductCategory;

/**
 * The public OCOP product directory and each product's page ({@code san-pham.xhtml}: {@code /san-pham} with
 * {@code ?sao=&nhom=&xa=&loai=&trang=}, and {@code /san-pham/{slug}}). Stateless: filters are a GET form.
 */
@Named
@RequestScoped
public class ProductsBacking {

    public static final int PAGE_SIZE = 12;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Inject
    ProductCatalogService catalogue;

    @Inject
    PortalClock clock;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    @Inject
    @Param(pathIndex = 1)
    String extraPath;

    @Inject
    @Param(name = PageParameter.NAME)
    String pageNumber;

    @Inject
    @Param(name = "sao")
    String stars;

    @Inject
    @Param(name = "nhom")
    String category;

    @Inject
    @Param(name = "xa")
    String commune;

    @Inject
    @Param(name = "loai")
    String ownerType;

    private ResultPage<ProductRow> page;
    private ProductCatalogService.Detail product;
    private ProductCatalogService.Filter filter;
    private List<ProductCatalogService.Choice> communes;

    public void load() {
        if (extraPath != null) {
            notFound();
        } else if (slug == null) {
            filter = parseFilter();
            var number = PageParameter.parse(pageNumber);
            page = filter != null && number.isPresent() ? catalogue.page(filter, number.getAsInt(), PAGE_SIZE) : null;
            if (page == null || page.isBeyondEnd()) {
                notFound();
                return;
            }
            communes = catalogue.communes();
        } else {
            product = SLUG.matcher(slug).matches() ? catalogue.find(slug).orElse(null) : null;
            if (product == null) {
                notFound();
            }
        }
    }

    /** The filters from the URL; null (a 404) if one is not a known value. */
    private ProductCatalogService.Filter parseFilter() {
        Integer s = null;
        if (present(stars)) {
            if (!stars.matches("[345]")) {
                return null;
            }
            s = Integer.valueOf(stars);
        }
        ProductCategory c = null;
        if (present(category)) {
            c = ProductFilterSlugs.category(category).orElse(null);
            if (c == null) {
                return null;
            }
        }
        String x = null;
        if (present(commune)) {
            if (commune.length() > 40 || !SLUG.matcher(commune).matches()) {
                return null;
            }
            x = commune;
        }
        OrganisationType t = null;
        if (present(ownerType)) {
            t = ProductFilterSlugs.ownerType(ownerType).orElse(null);
            if (t == null) {
                return null;
            }
        }
        return new ProductCatalogService.Filter(s, c, x, t);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void notFound() {
        Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
    }

    /** The filters as URL parameters for the pager links. */
    public String getQuery() {
        var parts = new ArrayList<String>();
        if (filter.stars() != null) {
            parts.add("sao=" + filter.stars());
        }
        if (filter.category() != null) {
            parts.add("nhom=" + ProductFilterSlugs.of(filter.category()));
        }
        if (filter.communeCode() != null) {
            parts.add("xa=" + filter.communeCode());
        }
        if (filter.ownerType() != null) {
            parts.add("loai=" + ProductFilterSlugs.of(filter.ownerType()));
        }
        return String.join("&", parts);
    }

    public boolean isDetail() {
        return product != null;
    }

    public ResultPage<ProductRow> getPage() {
        return page;
    }

    public ProductCatalogService.Detail getProduct() {
        return product;
    }

    public ProductCatalogService.Filter getFilter() {
        return filter;
    }

    public List<ProductCatalogService.Choice> getCommunes() {
        return communes;
    }

    public ProductCategory[] getCategories() {
        return ProductCategory.values();
    }

    public List<OrganisationType> getOwnerTypes() {
        return List.of(
                OrganisationType.COOPERATIVE,
                OrganisationType.ENTERPRISE,
                OrganisationType.HOUSEHOLD_BUSINESS,
                OrganisationType.CRAFT_VILLAGE);
    }

    public String categorySlug(ProductCategory c) {
        return ProductFilterSlugs.of(c);
    }

    public String typeSlug(OrganisationType t) {
        return ProductFilterSlugs.of(t);
    }

    /** Whether the product's certificate is valid today. */
    public boolean isCertified() {
        return product != null && product.product().certifiedOn(clock.today());
    }

    /** Whether the certificate expires within 90 days (the page says so). */
    public boolean isExpiringSoon() {
        LocalDate today = clock.today();
        return isCertified() && product.product().expiresOn().isBefore(today.plusDays(90));
    }
}

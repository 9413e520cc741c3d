package vn.bentre.ocop.products.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bentre.ocop.platform.control.Site;
import vn.bentre.ocop.products.control.ProductFilterSlugs;

/** Open data: the OCOP product directory as JSON (no personal data: organisations, not people). */
@Path("san-pham")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dữ liệu mở", description = "OCOP products and programme indicators")
public class ProductsResource {

    public record Product(
            String slug,
            String name,
            String category,
            int stars,
            String certificateNumber,
            LocalDate certifiedOn,
            LocalDate validUntil,
            String organisation,
            String organisationType,
            String commune,
            String url) {}

    public record Rating(
            int stars, String certificateNumber, LocalDate certifiedOn, LocalDate validUntil, boolean upgrade) {}

    public record Detail(Product product, String description, List<Rating> history) {}

    public record Page(List<Product> items, int page, long total, int pageCount) {}

    @Inject
    ProductCatalogService catalogue;

    @Inject
    Site site;

    @GET
    @Operation(summary = "OCOP products with a valid certificate, most stars first")
    @APIResponse(responseCode = "200", description = "One page of products")
    @APIResponse(responseCode = "400", description = "A filter that is not a known value")
    public Page products(
            @Parameter(description = "3, 4 or 5") @QueryParam("sao") Integer stars,
            @Parameter(description = "thuc-pham, do-uong, thao-duoc, vai-may-mac, thu-cong-my-nghe, du-lich")
                    @QueryParam("nhom")
                    String category,
            @Parameter(description = "the commune's code, e.g. xa-giong-trom") @QueryParam("xa") String commune,
            @Parameter(description = "hop-tac-xa, doanh-nghiep, ho-kinh-doanh, lang-nghe") @QueryParam("loai")
                    String type,
            @Parameter(description = "page number, from 1") @QueryParam("trang") @DefaultValue("1") int page,
            @Parameter(description = "rows per page, at most 100") @QueryParam("co") @DefaultValue("50") int size) {
        var filter = filter(stars, category, commune, type);
        var result = catalogue.page(filter, Math.max(1, Math.min(page, 100_000)), Math.max(1, Math.min(size, 100)));
        return new Page(
                result.getItems().stream().map(this::product).toList(),
                result.getNumber(),
                result.getTotal(),
                result.getPageCount());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One product and its rating history")
    @APIResponse(responseCode = "404", description = "No rated product has this slug")
    public Detail product(@PathParam("slug") String slug) {
        var detail = catalogue.find(slug).orElseThrow(NotFoundException::new);
        return new Detail(
                product(detail.product()),
                detail.product().description(),
                detail.history().stream()
                        .map(h -> new Rating(
                                h.stars(), h.certificateNumber(), h.certifiedOn(), h.expiresOn(), h.upgrade()))
                        .toList());
    }

    static ProductCatalogService.Filter filter(Integer stars, String category, String commune, String type) {
        if (stars != null && (stars < 3 || stars > 5)) {
            throw new jakarta.ws.rs.BadRequestException("sao");
        }
        var c = blank(category)
                ? null
                : ProductFilterSlugs.category(category)
                        .orElseThrow(() -> new jakarta.ws.rs.BadRequestException("nhom"));
        var t = blank(type)
                ? null
                : ProductFilterSlugs.ownerType(type).orElseThrow(() -> new jakarta.ws.rs.BadRequestException("loai"));
        return new ProductCatalogService.Filter(stars, c, blank(commune) ? null : commune.strip(), t);
    }

    Product product(ProductRow p) {
        return new Product(
                p.slug(),
                p.name(),
                ProductFilterSlugs.of(p.category()),
                p.stars(),
                p.certificateNumber(),
                p.certifiedOn(),
                p.expiresOn(),
                p.organisationName(),
                ProductFilterSlugs.of(p.organisationType()),
                p.communeName(),
                site.getBaseUrl() + "/san-pham/" + p.slug());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

package vn.bentre.ocop.products.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bentre.ocop.platform.control.CsvWriter;
import vn.bentre.ocop.products.control.ProductFilterSlugs;

/** Open data as CSV, written by the portal's {@link CsvWriter} (byte-order mark, formula-leading cells neutralised). */
@Path("du-lieu-mo")
@RequestScoped
@PermitAll
@Tag(name = "Dữ liệu mở", description = "OCOP products and programme indicators")
public class OpenDataCsvResource {

    static final String CSV = "text/csv;charset=UTF-8";
    static final int MAX_ROWS = 10_000;

    @Inject
    ProductCatalogService catalogue;

    @Inject
    ProgrammeResource programme;

    @GET
    @Path("san-pham.csv")
    @Produces(CSV)
    @Operation(summary = "OCOP products with a valid certificate, as CSV (same filters as /api/san-pham)")
    public Response products(
            @QueryParam("sao") Integer stars,
            @QueryParam("nhom") String category,
            @QueryParam("xa") String commune,
            @QueryParam("loai") String type) {
        var filter = ProductsResource.filter(stars, category, commune, type);
        var page = catalogue.page(filter, 1, ProductCatalogService.MAX_PAGE_SIZE);
        return csv("san-pham-ocop.csv", printer -> {
            printer.row(
                    "slug",
                    "ten",
                    "nhom",
                    "sao",
                    "so_chung_nhan",
                    "ngay_chung_nhan",
                    "hieu_luc_den",
                    "chu_the",
                    "loai_chu_the",
                    "xa");
            int pages = page.getPageCount();
            for (int n = 1; n <= pages && (n - 1) * ProductCatalogService.MAX_PAGE_SIZE < MAX_ROWS; n++) {
                var rows = n == 1 ? page : catalogue.page(filter, n, ProductCatalogService.MAX_PAGE_SIZE);
                for (var p : rows.getItems()) {
                    printer.row(
                            p.slug(),
                            p.name(),
                            ProductFilterSlugs.of(p.category()),
                            p.stars(),
                            p.certificateNumber(),
                            p.certifiedOn(),
                            p.expiresOn(),
                            p.organisationName(),
                            ProductFilterSlugs.of(p.organisationType()),
                            p.communeName());
                }
            }
        });
    }

    @GET
    @Path("chuong-trinh.csv")
    @Produces(CSV)
    @Operation(summary = "The programme's indicators and targets, as CSV")
    public Response indicators() {
        var data = programme.indicators();
        return csv("chi-tieu-ocop.csv", printer -> {
            printer.row(
                    "chi_tieu",
                    "ty_le",
                    "gia_tri",
                    "tu_so",
                    "mau_so",
                    "muc_tieu",
                    "phan_tram_muc_tieu",
                    "ke_hoach",
                    "ngay");
            for (var i : data.indicators()) {
                printer.row(
                        i.indicator(),
                        i.share(),
                        i.value(),
                        i.numerator(),
                        i.denominator(),
                        i.target(),
                        i.percentOfTarget(),
                        data.plan(),
                        data.asOf());
            }
        });
    }

    private static Response csv(String fileName, Consumer<CsvWriter> rows) {
        byte[] bytes;
        try (var printer = new CsvWriter()) {
            rows.accept(printer);
            bytes = printer.bytes();
        }
        return Response.ok(bytes)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}

package vn.bentre.ocop.platform;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.stream.Collectors;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.products.boundary.ProductAdminService;
import vn.bentre.ocop.products.boundary.ProductCatalogService;
import vn.bentre.ocop.products.boundary.RatingForm;

/**
 * Test only, deployed with {@code PortalClockIT}: the portal's today, and the rating path (the admin service, as the
 * signed-in caller) with a date of the test's choosing: {@code ok 4} or {@code refused certifiedOn}.
 */
@WebServlet("/test/clock")
public class ClockProbe extends HttpServlet {

    @Inject
    PortalClock clock;

    @Inject
    ProductAdminService products;

    @Inject
    ProductCatalogService catalogue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String answer = switch (request.getParameter("op")) {
            case "today" -> clock.today().toString();
            case "rate" -> rate(request);
            default -> throw new IllegalArgumentException("unknown op");
        };
        response.getWriter().print(answer);
    }

    private String rate(HttpServletRequest request) {
        long id = catalogue
                .find(request.getParameter("slug"))
                .orElseThrow()
                .product()
                .id();
        try {
            var row = products.rate(
                    id,
                    new RatingForm(
                            4, request.getParameter("certificate"), LocalDate.parse(request.getParameter("on"))));
            return "ok " + row.stars();
        } catch (RuntimeException thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException invalid) {
                    return "refused "
                            + invalid.getConstraintViolations().stream()
                                    .map(v -> v.getPropertyPath().toString())
                                    .map(path -> path.substring(path.lastIndexOf('.') + 1))
                                    .sorted()
                                    .collect(Collectors.joining(","));
                }
            }
            throw thrown;
        }
    }
}

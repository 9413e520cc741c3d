package vn.bentre.ocop.products.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Product photos, {@code /anh-san-pham/{id}} (pages add {@code ?v=<version>}, so a changed photo has a new URL and
 * each one may be cached for a day). Only photos of rated products are public.
 */
@WebServlet("/anh-san-pham/*")
public class ProductPhotoServlet extends HttpServlet {

    private static final Pattern ID = Pattern.compile("/([1-9][0-9]{0,17})");

    @Inject
    ProductCatalogService catalogue;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var matcher = ID.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        var photo = matcher.matches()
                ? catalogue.photo(Long.parseLong(matcher.group(1)))
                : java.util.Optional.<ProductCatalogService.Photo>empty();
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(photo.get().mediaType());
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(photo.get().bytes().length);
        response.getOutputStream().write(photo.get().bytes());
    }
}

package vn.bentre.ocop.content.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import vn.bentre.ocop.content.control.ContentPaths;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.Site;

/**
 * {@code /sitemap.xml}: the home page, the public lists and every published item with its last change; and
 * {@code /robots.txt}: crawlers are welcome on public pages, not in the role folders or the API, and are told
 * where the sitemap is.
 */
@WebServlet(urlPatterns = {"/sitemap.xml", "/robots.txt"})
public class SitemapServlet extends HttpServlet {

    /** The public lists, besides the home page. */
    static final String[] LISTS = {"/tin-tuc", "/ban-tin", "/khoa-hoc", "/tim-kiem"};

    @Inject
    CatalogService catalog;

    @Inject
    Site site;

    @Inject
    PortalClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getServletPath().equals("/robots.txt")) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter()
                    .write("User-agent: *\nAllow: /\nDisallow: /ca-nhan/\nDisallow: /giang-vien/\n"
                            + "Disallow: /bien-tap/\nDisallow: /quan-tri/\nDisallow: /api/\nDisallow: /dang-xuat\n"
                            + "Sitemap: " + site.getBaseUrl() + "/sitemap.xml\n");
            return;
        }
        String base = site.getBaseUrl();
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        String lastChange = catalog.lastChange().map(this::w3c).orElse(null);
        url(xml, base + "/", lastChange);
        for (String list : LISTS) {
            url(xml, base + list, list.equals("/tin-tuc") || list.equals("/ban-tin") ? lastChange : null);
        }
        for (var entry : catalog.everything()) {
            url(xml, base + ContentPaths.itemPath(entry.type(), entry.slug()), w3c(entry.updatedAt()));
        }
        xml.append("</urlset>\n");
        response.setContentType("application/xml;charset=UTF-8");
        response.getWriter().write(xml.toString());
    }

    private static void url(StringBuilder xml, String location, String lastModified) {
        // Slugs are ASCII letters, digits and hyphens, and the base URL comes from configuration: escaping & is enough.
        xml.append("  <url><loc>").append(location.replace("&", "&amp;")).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private String w3c(java.time.LocalDateTime time) {
        return time.atZone(clock.zone()).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}

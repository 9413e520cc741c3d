package vn.bentre.ocop.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import vn.bentre.ocop.platform.control.Site;

/**
 * Cross-site request forgery defence for every state-changing request, besides Faces' view state and the
 * SameSite session cookie: a browser names the page a form or script came from (Origin, else Referer), and a
 * request whose origin is another site is refused. Clients that send neither (curl, feed readers) are not browsers
 * carrying someone's session and pass.
 */
// declared in web.xml ("sameOrigin"), where the order of the portal's filters is fixed
public class SameOriginFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    Site site;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || sameOrigin(request)) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private boolean sameOrigin(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if (source == null || source.isBlank()) {
            source = request.getHeader("Referer");
        }
        if (source == null || source.isBlank()) {
            return true;
        }
        String origin = origin(source);
        return origin != null
                && (origin.equalsIgnoreCase(origin(request.getRequestURL().toString()))
                        || origin.equalsIgnoreCase(origin(site.getBaseUrl())));
    }

    /** {@code scheme://host:port} with the default port made explicit; null for anything unparseable. */
    static String origin(String url) {
        try {
            var uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase() + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

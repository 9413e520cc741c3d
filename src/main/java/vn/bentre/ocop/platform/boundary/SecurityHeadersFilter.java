package vn.bentre.ocop.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Faces pages get their Content-Security-Policy (with a fresh script nonce)
 * from PrimeFaces' CSP mode, configured in web.xml; everything else served here (REST, files) gets a policy
 * that allows nothing to run.
 */
// declared in web.xml ("securityHeaders"), where the order of the portal's filters is fixed
public class SecurityHeadersFilter extends HttpFilter {

    static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!isPage(request)) {
            response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
        }
        chain.doFilter(request, response);
    }

    /** Pages are rendered by Faces, which sets its own policy; REST and downloads are not pages. */
    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/tep/"));
    }
}

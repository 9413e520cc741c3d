package vn.bentre.ocop.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security headers on every response.
 *
 * <ul>
 *   <li>Content-Security-Policy: Faces pages get theirs (with a script nonce) from PrimeFaces' CSP mode, configured
 *       in web.xml; any other body (REST, files, feeds, the sitemap, downloads) gets a policy that allows nothing to
 *       run, set when its body starts unless the servlet set one itself.
 *   <li>{@code Cache-Control: no-store} on private answers (the role folders, the caller's own API resources, any
 *       API answer to a signed-in caller), which nothing downstream can loosen: a shared computer's browser or a
 *       proxy must not keep someone's record.
 *   <li>HSTS when the request is HTTPS: on this connection, or, behind a TLS proxy, as the proxy says in
 *       {@code X-Forwarded-Proto}, believed only from the addresses in {@code portal.trusted-proxies}.
 *   <li>Pages answer GET, HEAD and POST only: any other method is a 405 with {@code Allow} (the API's resources
 *       declare their own methods).
 * </ul>
 */
// declared in web.xml ("securityHeaders"), where the order of the portal's filters is fixed
public class SecurityHeadersFilter extends HttpFilter {

    static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    static final String PAGE_METHODS = "GET, HEAD, POST";

    private static final Set<String> PAGE_METHOD_SET = Set.of("GET", "HEAD", "POST");

    /** Paths whose answers belong to one person. */
    static final List<String> PRIVATE =
            List.of("/ca-nhan", "/giang-vien", "/bien-tap", "/quan-tri", "/api/toi", "/api/ho-so/toi");

    private Set<String> trustedProxies = Set.of();

    @Override
    public void init() {
        trustedProxies = proxies(ConfigProvider.getConfig()
                .getOptionalValue("portal.trusted-proxies", String.class)
                .orElse(""));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = path(request);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (https(
                request.isSecure(), request.getHeader("X-Forwarded-Proto"), request.getRemoteAddr(), trustedProxies)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        boolean api = under(path, "/api");
        if (!api && !PAGE_METHOD_SET.contains(request.getMethod())) {
            response.setHeader("Allow", PAGE_METHODS);
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (api || under(path, "/tep")) {
            response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
        }
        boolean personal = isPrivate(path) || api && request.getUserPrincipal() != null;
        if (personal) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new Guarded(response, personal));
    }

    static boolean isPrivate(String path) {
        return PRIVATE.stream().anyMatch(p -> under(path, p));
    }

    static boolean under(String path, String folder) {
        return path.equals(folder) || path.startsWith(folder + "/") || path.startsWith(folder + ".");
    }

    /**
     * Whether the request reached the portal over HTTPS: the connection says so, or a proxy the configuration trusts
     * (by its address) forwarded it from an HTTPS connection. An untrusted client's header is ignored, so anyone can
     * not switch HSTS on (or off) for a plain-HTTP portal.
     */
    static boolean https(boolean secure, String forwardedProto, String remoteAddress, Set<String> trusted) {
        if (secure) {
            return true;
        }
        if (forwardedProto == null || remoteAddress == null || !trusted.contains(remoteAddress)) {
            return false;
        }
        // A chain of proxies appends: the first value is what the client used.
        return "https".equalsIgnoreCase(forwardedProto.split(",")[0].strip());
    }

    static Set<String> proxies(String configured) {
        return Arrays.stream(configured.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * Gives a body without a policy the non-page one (Faces pages set theirs before they write), and keeps
     * {@code no-store} on private answers whatever a resource sets.
     */
    static final class Guarded extends HttpServletResponseWrapper {

        private final boolean personal;

        Guarded(HttpServletResponse response, boolean personal) {
            super(response);
            this.personal = personal;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            defaultPolicy();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            defaultPolicy();
            return super.getWriter();
        }

        private void defaultPolicy() {
            if (getHeader("Content-Security-Policy") == null) {
                super.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!kept(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!kept(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!kept(name)) {
                super.setDateHeader(name, date);
            }
        }

        private boolean kept(String name) {
            return personal && ("Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name));
        }
    }
}

package vn.bentre.ocop.platform.boundary;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.bentre.ocop.platform.control.CachedPageServed;
import vn.bentre.ocop.platform.control.DatabaseAway;
import vn.bentre.ocop.platform.control.Language;
import vn.bentre.ocop.platform.control.Messages;
import vn.bentre.ocop.platform.control.PageCache;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.SealedPage;

/**
 * Conditional GET for anonymous readers of public pages, feeds and the sitemap: the response is buffered, given
 * a strong ETag made from its bytes, and a request that already holds that ETag gets {@code 304 Not Modified}
 * without the body. This saves the transfer, not the rendering; it needs no state, so it works the same on every
 * node and is never stale (a published change changes the bytes).
 *
 * <p>PrimeFaces renders each page with a random CSP nonce (in the header, the scripts and the forms) and its
 * start-up script with a random id, so the hash is taken over the body without them, and the nonce is then
 * replaced by one derived from that hash ({@link SealedPage}): a {@code 304} carries the very policy the
 * browser's stored body was served with, so its inline scripts (PrimeFaces' widgets, the charts) still run on a
 * return visit. Hashing the bytes was chosen over deriving a validator from the newest content change: a page
 * shows more than content (courses, the signed-in menu, the language), and only the bytes know all of it.
 *
 * <p>Pages that many anonymous readers ask for (home, lists, items, feeds; see {@link #CACHED}) are also kept,
 * rendered and sealed, in the {@link PageCache} for a few seconds, keyed by URL and language: a hit sends the
 * stored bytes and headers as they are, without rendering, re-encoding or replacing anything.
 *
 * <p><b>Stale if error.</b> Every public page rendered for an anonymous reader with a 200 is also kept as the page's
 * last good copy ({@link PageCache#keepLastGood}). When a page cannot be rendered because the database is out of
 * reach, the reader gets that copy, with a notice at the top saying it is a copy and when it was made, and
 * {@code no-store} so nothing downstream keeps it; a page never rendered before gets the 503 page as before.
 *
 * <p>Never for signed-in people (a session cookie or an Authorization header), role folders, the API (JSON has
 * its own clients), Faces resources (Faces versions them) or anything but a 200 without a cookie.
 */
// declared in web.xml ("conditionalGet"), where the order of the portal's filters is fixed
public class ConditionalGetFilter extends HttpFilter {

    static final String SESSION_COOKIE = "OCOPSESSION";

    static final List<String> EXCLUDED = List.of(
            "/ca-nhan",
            "/giang-vien",
            "/bien-tap",
            "/quan-tri",
            "/api",
            "/jakarta.faces.resource",
            "/dang-nhap",
            "/dang-ky",
            "/dang-xuat",
            "/ngon-ngu",
            "/health",
            "/openapi",
            "/metrics");

    /** Reading pages worth caching; action pages (subscriptions, sign-in, searches, courses' seats) are not. */
    static final List<String> CACHED =
            List.of("/tin-tuc", "/ban-tin", "/chuyen-de", "/tai-lieu", "/van-ban", "/rss", "/atom", "/sitemap.xml");

    @Inject
    PageCache cache;

    @Inject
    Event<CachedPageServed> served;

    @Inject
    PortalClock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!applies(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = path(request);
        // the page as this reader gets it: the key of its last good copy, and of its cached copy if it has one
        String copyKey = key(request, path);
        String key = cache.isEnabled() && cacheable(path) ? copyKey : null;
        if (key != null) {
            var page = cache.get(key);
            if (page.isPresent()) {
                serve(page.get(), request, response);
                served.fire(new CachedPageServed(path));
                return;
            }
        }
        var buffered = new Buffered(response);
        try {
            chain.doFilter(request, buffered);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (DatabaseAway.causedBy(failure) && serveLastGood(copyKey, response)) {
                return;
            }
            throw failure;
        }
        byte[] body = buffered.bytes();
        if (buffered.getStatus() != HttpServletResponse.SC_OK
                || response.isCommitted()
                || response.getHeader("Set-Cookie") != null) {
            write(response, body);
            return;
        }
        var sealed = SealedPage.of(body, charset(response), response.getHeader("Content-Security-Policy"));
        if (sealed.policy() != null) {
            response.setHeader("Content-Security-Policy", sealed.policy());
        }
        if (key != null) {
            cache.put(key, sealed, response.getContentType());
        }
        cache.keepLastGood(copyKey, sealed, response.getContentType(), clock.instant());
        String etag = sealed.etag();
        response.setHeader("ETag", etag);
        response.setHeader("Vary", "Cookie, Accept-Language");
        if (response.getHeader("Cache-Control") == null) {
            // Caches may keep it but must ask again: news changes without warning.
            response.setHeader("Cache-Control", "no-cache");
        }
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(-1);
            return;
        }
        write(response, sealed.body());
    }

    /** Answers from a stored page: its bytes and headers exactly as they were stored. */
    private static void serve(PageCache.Page page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (page.policy() != null) {
            response.setHeader("Content-Security-Policy", page.policy());
        }
        if (page.contentType() != null) {
            response.setContentType(page.contentType());
        }
        response.setHeader("ETag", page.etag());
        response.setHeader("Vary", "Cookie, Accept-Language");
        response.setHeader("Cache-Control", "no-cache");
        if (matches(request.getHeader("If-None-Match"), page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        write(response, page.body());
    }

    /**
     * Answers with the page's last good copy and a notice that it is one, when there is a copy of an HTML page (a
     * feed or sitemap copy goes out as it was: its readers are programs); false when there is none.
     */
    private boolean serveLastGood(String key, HttpServletResponse response) throws IOException {
        var copy = cache.lastGood(key);
        if (copy.isEmpty() || response.isCommitted()) {
            return false;
        }
        var page = copy.get();
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_OK);
        if (page.policy() != null) {
            response.setHeader("Content-Security-Policy", page.policy());
        }
        if (page.contentType() != null) {
            response.setContentType(page.contentType());
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader(COPY_HEADER, "last-good; made=" + page.madeAt());
        byte[] body = page.body();
        if (page.contentType() != null && page.contentType().startsWith("text/html")) {
            var language = Language.fromTag(key.substring(0, key.indexOf(' ')));
            String when = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
                    .withZone(clock.zone())
                    .format(page.madeAt());
            body = withNotice(body, charset(response), Messages.get(language, "page.lastGood.notice", when));
        }
        write(response, body);
        return true;
    }

    /** Tells the reader (and scripts checking a deployment) that the page is a copy from before an outage. */
    static final String COPY_HEADER = "X-Portal-Copy";

    private static final Pattern BODY_START = Pattern.compile("<body[^>]*>");

    /** The page with the notice as the first thing in its body (plain markup: the copy's policy still holds). */
    static byte[] withNotice(byte[] page, Charset charset, String notice) {
        String html = new String(page, charset);
        var body = BODY_START.matcher(html);
        if (!body.find()) {
            return page;
        }
        String escaped = ErrorAnswerFilter.escape(notice);
        return (html.substring(0, body.end())
                        + "<div class=\"last-good-notice\" role=\"status\"><p>" + escaped + "</p></div>"
                        + html.substring(body.end()))
                .getBytes(charset);
    }

    static boolean cacheable(String path) {
        return path.equals("/")
                || CACHED.stream()
                        .anyMatch(p -> path.equals(p) || path.startsWith(p + "/") || path.startsWith(p + "."));
    }

    /** The page as this reader gets it: the URL and the language (the only cookie an anonymous reader has). */
    static String key(HttpServletRequest request, String path) {
        String language = "vi";
        var cookies = request.getCookies();
        if (cookies != null) {
            for (var cookie : cookies) {
                if ("lang".equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    language = "en";
                }
            }
        }
        String query = request.getQueryString();
        return language + " " + path + (query == null ? "" : "?" + query);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean applies(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null) {
            return false;
        }
        var cookies = request.getCookies();
        if (cookies != null && Arrays.stream(cookies).anyMatch(c -> SESSION_COOKIE.equals(c.getName()))) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return EXCLUDED.stream().noneMatch(p -> path.equals(p) || path.startsWith(p + "/") || path.startsWith(p + "."));
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip).anyMatch(t -> t.equals(etag) || t.equals("*"));
    }

    private static Charset charset(HttpServletResponse response) {
        try {
            return Charset.forName(response.getCharacterEncoding());
        } catch (RuntimeException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    private static void write(HttpServletResponse response, byte[] body) throws IOException {
        if (body.length == 0 || response.isCommitted() && body.length == 0) {
            return;
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Keeps what the page writes until the filter has decided between the body and a 304. */
    static final class Buffered extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("Buffered responses are written synchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset(this)), false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // Not committed yet: the filter decides after the page is complete.
        }

        @Override
        public void setContentLength(int len) {
            // The filter sets the length of what it finally sends.
        }

        @Override
        public void setContentLengthLong(long len) {
            // As above.
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        @Override
        public void reset() {
            super.reset();
            buffer.reset();
        }
    }
}

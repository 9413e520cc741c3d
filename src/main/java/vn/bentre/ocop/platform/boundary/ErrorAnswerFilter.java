package vn.bentre.ocop.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import vn.bentre.ocop.platform.control.DatabaseAway;
import vn.bentre.ocop.platform.control.Language;
import vn.bentre.ocop.platform.control.Messages;

/**
 * The container's error dispatch (a {@code sendError} or an exception from a servlet filter, before JAX-RS or Faces
 * has the request; mapped in web.xml for the ERROR dispatcher, ahead of the error pages):
 *
 * <ul>
 *   <li>under {@code /api} the answer is an RFC 9457 problem document, as every other API refusal, never the HTML
 *       error page;
 *   <li>a failure because the database is out of reach is a {@code 503} with {@code Retry-After}: problem JSON on
 *       {@code /api}, elsewhere a small page of its own in the reader's language. That page is written here, not by
 *       Faces, because the layout itself reads the database (the signed-in menu).
 * </ul>
 *
 * Everything else goes on to the localised Faces error pages.
 */
public class ErrorAnswerFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String RETRY_AFTER_SECONDS = "30";

    /** Made on first use (in the container, which provides JSON-B). */
    private static final class Json {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        boolean away = DatabaseAway.causedBy(thrown);
        int status = away
                ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                : request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        boolean api = isApi(request);
        if (!api && !away) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = locale(request, api);
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        if (away) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (api) {
            response.setContentType(Problem.MEDIA_TYPE.toString());
            response.setHeader("Content-Security-Policy", SecurityHeadersFilter.NON_PAGE_POLICY);
            response.getWriter().write(Json.JSONB.toJson(problem(status, locale)));
        } else {
            response.setContentType("text/html");
            response.setHeader("Content-Security-Policy", UNAVAILABLE_PAGE_POLICY);
            response.getWriter().write(unavailablePage(locale));
        }
    }

    /** The page is plain markup: nothing to load, nothing to run, never framed. */
    static final String UNAVAILABLE_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    static Problem problem(int status, Locale locale) {
        var known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return new Problem("about:blank", title, status, Messages.get(locale, detailKey(status)), List.of(), null);
    }

    /** The bundle key of the sentence that explains a status to an API client. */
    static String detailKey(int status) {
        return switch (status) {
            case 400 -> "error.request.text";
            case 401 -> "error.401.text";
            case 403 -> "error.403.text";
            case 404 -> "error.404.text";
            case 405 -> "error.405.text";
            case 413, 414, 431 -> "error.tooLarge.text";
            case 503 -> "error.503.text";
            default -> status < 500 ? "error.request.text" : "error.500.text";
        };
    }

    static String unavailablePage(Locale locale) {
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(Messages.get(locale, "error.503.title")) + "</title></head>"
                + "<body><main><h1>" + escape(Messages.get(locale, "error.503.title")) + "</h1>"
                + "<p>" + escape(Messages.get(locale, "error.503.text")) + "</p>"
                + "<p><a href=\"/\">" + escape(Messages.get(locale, "error.home")) + "</a></p></main></body></html>\n";
    }

    /** Text for HTML: the markup characters as entities. */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static boolean isApi(HttpServletRequest request) {
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String u
                ? u
                : request.getRequestURI();
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** The {@code lang} cookie; for API clients without it, their Accept-Language; Vietnamese otherwise. */
    static Locale locale(HttpServletRequest request, boolean api) {
        var cookies = request.getCookies();
        if (cookies != null) {
            for (var cookie : cookies) {
                if (Language.COOKIE.equals(cookie.getName())) {
                    return Language.fromTag(cookie.getValue());
                }
            }
        }
        if (api && request.getLocale() != null && request.getHeader("Accept-Language") != null) {
            return Language.fromTag(request.getLocale().getLanguage());
        }
        return Language.VIETNAMESE;
    }
}

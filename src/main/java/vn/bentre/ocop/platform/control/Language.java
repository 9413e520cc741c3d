package vn.bentre.ocop.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The reader's language for this request: Vietnamese unless the {@code lang} cookie asks for English.
 * Request-scoped on purpose: a session-scoped choice would give every anonymous reader an HTTP session.
 */
@Named("language")
@RequestScoped
public class Language {

    public static final String COOKIE = "lang";
    public static final Locale VIETNAMESE = Locale.of("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Locale locale = VIETNAMESE;

    @Inject
    HttpServletRequest request;

    @PostConstruct
    void resolve() {
        var cookies = request.getCookies();
        if (cookies != null) {
            Arrays.stream(cookies)
                    .filter(c -> COOKIE.equals(c.getName()))
                    .findFirst()
                    .ifPresent(c -> locale = fromTag(c.getValue()));
        }
    }

    /** Only the portal's two languages are accepted; anything else means Vietnamese. */
    public static Locale fromTag(String tag) {
        return "en".equals(tag) ? ENGLISH : VIETNAMESE;
    }

    public Locale getLocale() {
        return locale;
    }

    public String getTag() {
        return locale.getLanguage();
    }

    /** The link of the language switch: back to this very page in the other language. */
    public String getSwitchUrl() {
        String context = request.getContextPath();
        String uri = attribute(RequestDispatcher.FORWARD_REQUEST_URI, request.getRequestURI());
        String query = attribute(RequestDispatcher.FORWARD_QUERY_STRING, request.getQueryString());
        String here = uri.substring(Math.min(context.length(), uri.length())) + (query == null ? "" : "?" + query);
        return context + "/ngon-ngu?lang=" + getOtherTag() + "&next=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }

    private String attribute(String name, String fallback) {
        return request.getAttribute(name) instanceof String value ? value : fallback;
    }

    /** The language the switch in the header offers. */
    public String getOtherTag() {
        return locale.equals(ENGLISH) ? "vi" : "en";
    }
}

package vn.bentre.ocop.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drops NUL characters from request parameters (form fields and the query string) before anything reads them.
 *
 * <p>No person types a NUL, but a crafted request can carry one, and PostgreSQL refuses NUL in text: a search filter
 * or a form field with {@code %00} became a database error and a 500 (H2 stored it). Removing the character is
 * what a browser's text field would have done; everything else of the value is kept as sent. The query string is
 * cleaned too, because JAX-RS reads its parameters from it, not from {@link #getParameter}. A NUL in the path is
 * refused by the HTTP layer before the portal sees it.
 */
public class NulFreeRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Pattern ENCODED_NUL = Pattern.compile("%00");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new NulFree(request), response);
    }

    static String clean(String value) {
        return value == null || value.indexOf('\0') < 0 ? value : value.replace("\0", "");
    }

    static String cleanQuery(String query) {
        return query == null || !query.contains("%00")
                ? query
                : ENCODED_NUL.matcher(query).replaceAll("");
    }

    private static final class NulFree extends HttpServletRequestWrapper {

        NulFree(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getQueryString() {
            return cleanQuery(super.getQueryString());
        }

        @Override
        public String getParameter(String name) {
            return clean(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            return cleanAll(super.getParameterValues(name));
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            var original = super.getParameterMap();
            if (original.entrySet().stream()
                    .noneMatch(e -> e.getKey().indexOf('\0') >= 0
                            || java.util.Arrays.stream(e.getValue())
                                    .anyMatch(v -> v != null && v.indexOf('\0') >= 0))) {
                return original;
            }
            var cleaned = new LinkedHashMap<String, String[]>();
            original.forEach((key, values) -> cleaned.merge(clean(key), cleanAll(values), (a, b) -> a));
            return Collections.unmodifiableMap(cleaned);
        }

        private static String[] cleanAll(String[] values) {
            if (values == null) {
                return null;
            }
            var cleaned = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                cleaned[i] = clean(values[i]);
            }
            return cleaned;
        }
    }
}

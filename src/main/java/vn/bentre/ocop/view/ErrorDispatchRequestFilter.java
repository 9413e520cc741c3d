package vn.bentre.ocop.view;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Error pages are rendered as a fresh GET of the error page (mapped in web.xml for the ERROR dispatch of the Faces
 * servlet): the failed request's form fields are hidden, so Faces does not take the error page for a postback of
 * the failed form, and PrimeFaces gives it a new CSP nonce instead of checking the form's (which may be the very
 * reason of the error: a postback without its nonce would otherwise fail its own error page too).
 */
public class ErrorDispatchRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new FreshPage(request), response);
    }

    static final class FreshPage extends HttpServletRequestWrapper {

        FreshPage(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getHeader(String name) {
            // Not a Faces ajax request either: the error page is a whole page.
            return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }
    }
}

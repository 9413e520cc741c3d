package vn.bentre.ocop.view;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A form left open until its view expired is not an error: the page is loaded again (GET) with a notice asking to
 * send it once more, instead of a server error. Mojarra throws the expiry straight out of the restore-view phase,
 * past any exception handler, so it is caught here, around the Faces servlet (mapped in web.xml).
 */
public class ExpiredViewFilter extends HttpFilter {

    /** The query parameter the layout reads to show the notice. */
    public static final String NOTICE = "het-han";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException thrown) {
            if (!isExpiredView(thrown) || response.isCommitted()) {
                throw thrown;
            }
            reload(request, response);
        }
    }

    private static void reload(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getRequestURI() + "?" + NOTICE + "=1";
        response.reset();
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + target.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }

    private static boolean isExpiredView(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }
}

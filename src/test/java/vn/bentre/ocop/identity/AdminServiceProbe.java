package vn.bentre.ocop.identity;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.bentre.ocop.identity.boundary.AccountAdminService;

/**
 * Test only, deployed with {@code WebIT}: calls the administrators' service directly, with no page or role check
 * in front of it, as whoever is signed in. Proves that the service itself refuses a learner; {@code ?lift=<e-mail>}
 * lifts that account's sign-in throttle, as the users page's button does.
 */
@WebServlet("/test/admin-probe")
public class AdminServiceProbe extends HttpServlet {

    @Inject
    AccountAdminService admin;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String lift = request.getParameter("lift");
            if (lift != null) {
                admin.liftSignInThrottle(
                        admin.find(lift, null, 0, 1).accounts().get(0).getId());
            }
            long total = admin.find(request.getParameter("text"), null, 0, 10).total();
            response.setContentType("text/plain");
            response.getWriter().print(total);
        } catch (RuntimeException thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
                    response.sendError(
                            HttpServletResponse.SC_FORBIDDEN, cause.getClass().getName() + " via " + thrown);
                    return;
                }
            }
            throw thrown;
        }
    }
}

package vn.bentre.ocop.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.bentre.ocop.identity.entity.Account;

/**
 * An administrator's "disable" takes effect at once: a signed-in session of a disabled (or deleted) account is
 * ended at its next request, on whichever node it lands.
 */
// declared in web.xml ("accountStatus"), where the order of the portal's filters is fixed
public class AccountStatusFilter extends HttpFilter {

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null
                && !currentUser.account().map(Account::isEnabled).orElse(false)) {
            request.logout();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/dang-nhap?disabled=true");
            return;
        }
        chain.doFilter(request, response);
    }
}

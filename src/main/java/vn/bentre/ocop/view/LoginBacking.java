package vn.bentre.ocop.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.bentre.ocop.identity.boundary.AccountIdentityStore;

/** The login page ({@code dang-nhap.xhtml}); a new learner's first sign-in is greeted. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String email;
    private String password;

    public void login() throws IOException {
        if (!signIn(email, password)) {
            var request = (HttpServletRequest) faces.getExternalContext().getRequest();
            if (request.getAttribute(AccountIdentityStore.BUSY) != null) {
                Pages.error("password.busy");
            } else if (request.getAttribute(AccountIdentityStore.RETRY_AFTER) instanceof Long seconds) {
                Pages.error("login.throttled", seconds);
            } else {
                Pages.error("login.failed");
            }
        }
    }

    /**
     * Signs in and sends the browser on: to the page that asked for a login, or home. A session that existed
     * before gets a new id first, so an id planted by someone else is worthless (session fixation).
     */
    boolean signIn(String email, String password) throws IOException {
        var external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var response = (HttpServletResponse) external.getResponse();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var credential = new UsernamePasswordCredential(
                email == null ? "" : email, new Password(password == null ? "" : password));
        var status = security.authenticate(
                request,
                response,
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return true;
        }
        if (status == AuthenticationStatus.SUCCESS) {
            if (request.getAttribute(AccountIdentityStore.FIRST_SIGN_IN) instanceof String name) {
                // a new learner's first sign-in (registration never signs anyone in: see RegisterBacking)
                Pages.info("register.welcome", name);
                Pages.keepMessages();
            }
            String next = request.getParameter("next");
            external.redirect(external.getRequestContextPath() + (isLocalPath(next) ? next : "/ca-nhan/"));
            return true;
        }
        return false;
    }

    /**
     * Where a sign-in started from a public page ({@code ?next=/khoa-hoc/...}) goes back to: only a path of this
     * portal, never another site ({@code //host}, a scheme, a backslash), so the parameter cannot be an open redirect.
     */
    public static boolean isLocalPath(String next) {
        return next != null && next.length() <= 300 && next.matches("^/(?![/\\\\])[A-Za-z0-9/_.~%?=&-]*$");
    }

    /** Back from registration: the same notice whether the address was new or already had an account. */
    public boolean isRegisteredNotice() {
        return "1".equals(faces.getExternalContext().getRequestParameterMap().get(RegisterBacking.REGISTERED));
    }

    public boolean isDisabledNotice() {
        return "true".equals(faces.getExternalContext().getRequestParameterMap().get("disabled"));
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

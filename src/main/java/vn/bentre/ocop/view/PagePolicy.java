package vn.bentre.ocop.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.context.PrimeFacesContext;

/**
 * Which pages keep a view state, and the CSP nonce forms carry. Public pages are stateless so that anonymous
 * reading opens no HTTP session; only the role folders keep a view state (ajax forms, lazy tables).
 */
@Named
@ApplicationScoped
public class PagePolicy {

    /** The folders whose pages hold a view state. */
    static final List<String> STATEFUL_FOLDERS = List.of("/ca-nhan/", "/giang-vien/", "/bien-tap/", "/quan-tri/");

    public static boolean isStateless(String viewId) {
        return viewId == null || STATEFUL_FOLDERS.stream().noneMatch(viewId::startsWith);
    }

    /** For {@code <f:view transient>}: Faces rebuilds a stateless view on postback only if the page says so. */
    public boolean stateless(String viewId) {
        return isStateless(viewId);
    }

    /**
     * This response's CSP nonce. PrimeFaces in CSP mode refuses a postback without it; its script adds it to
     * forms, but pages without PrimeFaces components have no such script, so the form tag renders it.
     */
    public String getNonce() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}

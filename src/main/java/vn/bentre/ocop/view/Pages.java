package vn.bentre.ocop.view;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.Messages;

/** Small helpers every backing bean needs: messages by bundle key, in the page's language. */
public final class Pages {

    private Pages() {}

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    /** A message shown next to one field (its client id). */
    public static void fieldError(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
    }

    public static void error(BusinessException refusal) {
        error(refusal.getMessageKey(), refusal.getArguments());
    }

    /**
     * Shows what the service's Bean Validation refused, each message next to the field whose id is the
     * violated property's name (the form's inputs are named after the service parameters' fields).
     */
    public static void violations(String formId, ConstraintViolationException invalid) {
        for (var violation : invalid.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            String field = path.substring(path.lastIndexOf('.') + 1);
            var context = FacesContext.getCurrentInstance();
            String clientId = formId + ":" + field;
            // A field with no component of that id (one inside a repeated row, such as a session's link) would
            // keep its message where no page shows it: it goes to the form's messages instead.
            if (context.getViewRoot() == null || context.getViewRoot().findComponent(clientId) == null) {
                clientId = null;
            }
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getMessage(), null));
        }
    }

    /** What a service threw, shown to the user; anything unexpected is thrown on to the error page. */
    public static void refusal(String formId, RuntimeException thrown) {
        Throwable cause =
                thrown instanceof EJBException && !(thrown instanceof AccessLocalException) && thrown.getCause() != null
                        ? thrown.getCause()
                        : thrown;
        if (cause instanceof BusinessException refusal) {
            error(refusal);
        } else if (cause instanceof ConstraintViolationException invalid) {
            violations(formId, invalid);
        } else {
            throw thrown;
        }
    }

    public static String text(String key, Object... arguments) {
        var context = FacesContext.getCurrentInstance();
        return Messages.get(context.getViewRoot().getLocale(), key, arguments);
    }

    /** Keeps messages across the redirect that follows a successful form (post-redirect-get). */
    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        var context = FacesContext.getCurrentInstance();
        String text = Messages.get(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}

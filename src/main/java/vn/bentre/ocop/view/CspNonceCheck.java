package vn.bentre.ocop.view;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * A Faces postback whose {@code primefaces.nonce} is missing, malformed or not the one its view was rendered with
 * is answered 400 with the localised error page, before anything of it is applied.
 *
 * <p>PrimeFaces' CSP mode checks the nonce only when it renders the answer: the action had already run, and the
 * {@link CspException} then became a 500 (whose error page failed the same check again). Asking PrimeFaces' own
 * {@code CspState} right after the view is restored applies exactly its rule, earlier; the error page is then
 * rendered as a fresh page ({@link ErrorDispatchRequestFilter}).
 */
public class CspNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CspNonceCheck.class.getName());

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        var context = event.getFacesContext();
        if (context.getViewRoot() == null
                || context.getResponseComplete()
                || !context.isPostback() && !context.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        if (context.getExceptionHandler()
                .getUnhandledExceptionQueuedEvents()
                .iterator()
                .hasNext()) {
            // The view could not be restored (an expired or forged view state): that is the answer, and
            // ExpiredViewFilter gives it. A 400 sent here first committed the response, and the expiry then
            // became a 500 (seen on the course page, /khoa-hoc/{code}).
            return;
        }
        try {
            PrimeFacesContext.getCspState(context).getNonce();
        } catch (CspException refused) {
            LOG.log(Level.FINE, "Faces postback refused: {0}", refused.getMessage());
            try {
                context.getExternalContext().responseSendError(HttpServletResponse.SC_BAD_REQUEST, "");
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            context.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before the view is restored.
    }
}

package vn.bentre.ocop.platform.boundary;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.DatabaseAway;
import vn.bentre.ocop.platform.control.Language;
import vn.bentre.ocop.platform.control.Messages;

/**
 * Translates every exception that reaches JAX-RS into a JSON problem in the client's language, once, here.
 * Unexpected failures are logged with their stack trace and answered without one.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        Locale locale = locale();
        if (cause instanceof BusinessException refusal) {
            return Problem.response(
                    status(refusal.getKind()),
                    Messages.get(locale, refusal.getMessageKey(), refusal.getArguments()),
                    List.of(),
                    refusal.getFix());
        }
        if (cause instanceof ConstraintViolationException invalid) {
            var violations = invalid.getConstraintViolations().stream()
                    .map(v -> new Problem.Violation(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                    .toList();
            return Problem.response(Response.Status.BAD_REQUEST, Messages.get(locale, "error.invalid"), violations);
        }
        if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
            return Problem.response(Response.Status.FORBIDDEN, Messages.get(locale, "error.403.text"), List.of());
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            // The exception's own message is JAX-RS's English ("HTTP 405 Method Not Allowed") or a bare parameter
            // name: the client is told the status's sentence in its language instead.
            var status = Response.Status.fromStatusCode(web.getResponse().getStatus());
            var answered = status == null ? Response.Status.BAD_REQUEST : status;
            return Problem.response(
                    answered, Messages.get(locale, ErrorAnswerFilter.detailKey(answered.getStatusCode())), List.of());
        }
        if (DatabaseAway.causedBy(thrown)) {
            // Not a fault of the portal: one line, no stack trace, and the client is told to come back.
            LOG.log(Level.WARNING, "REST call refused, the database is out of reach: {0}", String.valueOf(thrown));
            return Response.fromResponse(Problem.response(
                            Response.Status.SERVICE_UNAVAILABLE, Messages.get(locale, "error.503.text"), List.of()))
                    .header("Retry-After", ErrorAnswerFilter.RETRY_AFTER_SECONDS)
                    .header("Cache-Control", "no-store")
                    .build();
        }
        LOG.log(Level.SEVERE, "Unexpected failure in a REST call", thrown);
        return Problem.response(
                Response.Status.INTERNAL_SERVER_ERROR, Messages.get(locale, "error.500.text"), List.of());
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while (current instanceof EJBException
                && !(current instanceof AccessLocalException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static Response.Status status(BusinessException.Kind kind) {
        return switch (kind) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
        };
    }

    private Locale locale() {
        var cookie = headers == null ? null : headers.getCookies().get(Language.COOKIE);
        if (cookie != null) {
            return Language.fromTag(cookie.getValue());
        }
        var accepted = headers == null ? List.<Locale>of() : headers.getAcceptableLanguages();
        return accepted.isEmpty()
                ? Language.VIETNAMESE
                : Language.fromTag(accepted.getFirst().getLanguage());
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}

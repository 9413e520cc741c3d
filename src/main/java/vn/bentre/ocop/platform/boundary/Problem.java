package vn.bentre.ocop.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document: how every refusal of the REST API is told to its client.
 *
 * @param violations field-level messages, empty when the problem is not about input
 * @param fix a local address where the person can put it right (an extension member), absent when there is none
 */
public record Problem(String type, String title, int status, String detail, List<Violation> violations, String fix) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record Violation(String field, String message) {}

    public static Response response(Response.Status status, String detail, List<Violation> violations) {
        return response(status, detail, violations, null);
    }

    public static Response response(Response.Status status, String detail, List<Violation> violations, String fix) {
        var problem =
                new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, violations, fix);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}

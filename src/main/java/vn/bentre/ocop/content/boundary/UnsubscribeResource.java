package vn.bentre.ocop.content.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * RFC 8058 one-click unsubscribe: mail programs POST here from the List-Unsubscribe header of our mails, without
 * the reader having to open a page.
 */
@Path("nhan-tin/huy")
public class UnsubscribeResource {

    @Inject
    SubscriptionService subscriptions;

    @POST
    @Operation(summary = "Unsubscribe the subscription of this token (one-click, RFC 8058)")
    public Response unsubscribe(@QueryParam("ma") String token) {
        return subscriptions.unsubscribe(token).isPresent()
                ? Response.noContent().build()
                : Response.status(Response.Status.NOT_FOUND).build();
    }
}

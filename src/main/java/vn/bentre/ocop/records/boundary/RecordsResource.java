package vn.bentre.ocop.records.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bentre.ocop.records.control.LearningRecord;

/**
 * Capacity-building records as JSON, with the session of a sign-in at {@code /dang-nhap}: the caller's own record,
 * or someone's whose record the caller may read (the same rule as the pages: anyone else's id is a 404, so ids
 * cannot be probed).
 */
@Path("ho-so")
@RequestScoped
@PermitAll // the service checks roles and ownership; this only turns "not signed in" into 401
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hồ sơ bồi dưỡng", description = "Capacity-building records and aggregate training figures")
public class RecordsResource {

    @Inject
    RecordService records;

    @Context
    SecurityContext security;

    @GET
    @Path("toi")
    @Operation(summary = "The signed-in person's capacity-building record")
    @APIResponse(responseCode = "200", description = "The record, completions grouped by year")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public LearningRecord mine() {
        signedIn();
        return records.mine();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A person's record: one's own, a trainer's learner's, or anyone's for an administrator")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such person, or not the caller's to read")
    public LearningRecord of(@PathParam("id") long id) {
        signedIn();
        return records.of(id);
    }

    private void signedIn() {
        if (security.getUserPrincipal() == null) {
            throw new WebApplicationException(Response.Status.UNAUTHORIZED);
        }
    }
}

package vn.bentre.ocop.training.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A signed-in learner's own enrolments, with the session cookie of a sign-in at {@code /dang-nhap}: list and
 * cancel (enrolling is {@code POST /api/khoa-hoc/{code}/dang-ky} in {@link CoursesResource}). Same service and same refusals as the pages; refusals are JSON problems (409 for a rule
 * that says no, 403 for someone else's enrolment, 401 when not signed in). Being waitlisted is a success (201 with
 * {@code status: WAITLISTED} and the position).
 */
@Path("toi/dang-ky")
@RequestScoped
@PermitAll // the service checks the roles; this only turns "not signed in" into 401
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Khóa học", description = "Course catalogue (public) and a learner's own enrolments")
public class EnrolmentsResource {

    @Inject
    EnrolmentService enrolments;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The signed-in learner's enrolments, newest first")
    @APIResponse(responseCode = "200", description = "Enrolments, with waiting-list positions")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public List<MyEnrolment> mine() {
        signedIn(security);
        return enrolments.mine();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel one of the signed-in learner's enrolments, before the course's cut-off")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the caller's enrolment")
    @APIResponse(responseCode = "409", description = "After the cut-off, or not active")
    public MyEnrolment cancel(@PathParam("id") long id) {
        signedIn(security);
        return enrolments.cancel(id);
    }

    /** Not signed in is 401 here, rather than the service's 403, so a client knows to sign in. */
    static void signedIn(SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            throw new WebApplicationException(Response.Status.UNAUTHORIZED);
        }
    }
}

package vn.bentre.ocop.directory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bentre.ocop.platform.boundary.Problem;
import vn.bentre.ocop.platform.control.Messages;
import vn.bentre.ocop.platform.control.RoleNames;

/**
 * Administrators import a CSV file of organisations without the browser: the same checks and the same all-or-nothing
 * import as the page; a file with bad rows answers 400 with one violation per bad cell ({@code dong 3: ma_xa}).
 */
@Path("quan-tri/to-chuc/nhap")
@RequestScoped
@RolesAllowed(RoleNames.ADMIN)
@Tag(name = "Quản trị", description = "Administrators only")
public class OrganisationImportResource {

    @Inject
    OrganisationImportService imports;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import organisations from a CSV file (all rows or none)")
    @APIResponse(responseCode = "200", description = "Every row imported; the finished import job")
    @APIResponse(responseCode = "400", description = "Not a CSV file, or rows with errors: nothing imported")
    public Response importFile(byte[] body, @QueryParam("ten-tep") @DefaultValue("to-chuc.csv") String fileName) {
        var preview = imports.preview(body);
        if (!preview.isImportable()) {
            Locale locale = headers.getAcceptableLanguages().isEmpty()
                    ? null
                    : headers.getAcceptableLanguages().get(0);
            var violations = preview.errors().stream()
                    .map(e -> new Problem.Violation(
                            "dong " + e.line() + ": " + e.column(), Messages.get(locale, e.messageKey())))
                    .toList();
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    Messages.get(locale, "directory.import.rowsInvalid", violations.size()),
                    violations);
        }
        return Response.ok(imports.importNow(body, fileName.strip().isEmpty() ? "to-chuc.csv" : fileName))
                .build();
    }
}

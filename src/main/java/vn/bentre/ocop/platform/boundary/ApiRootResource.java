package vn.bentre.ocop.platform.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** The entry point of the API: what it is and where to read more. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ApiRootResource {

    public record ApiRoot(String name, String version, Map<String, String> links) {}

    @GET
    public ApiRoot root() {
        return new ApiRoot("Cổng thông tin OCOP Bến Tre", "1", Map.of("openapi", "/openapi", "health", "/health"));
    }
}

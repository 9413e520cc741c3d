package vn.bentre.ocop.products.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Open data: the programme's indicators against its targets, computed from the records (aggregates only). */
@Path("chuong-trinh")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dữ liệu mở", description = "OCOP products and programme indicators")
public class ProgrammeResource {

    public record Indicator(
            String indicator,
            boolean share,
            BigDecimal value,
            long numerator,
            long denominator,
            int target,
            int percentOfTarget,
            boolean met) {}

    public record Programme(
            String plan, LocalDate asOf, List<Indicator> indicators, Map<Integer, Long> tradeParticipationsByYear) {}

    @Inject
    ProgrammeService programme;

    @GET
    @Operation(summary = "Progress of the OCOP plan: each indicator, its target and how far along it is")
    @APIResponse(responseCode = "200", description = "The indicators as of today")
    public Programme indicators() {
        var progress = programme.progress();
        return new Programme(
                progress.planLabel(),
                progress.asOf(),
                progress.standing().values().stream()
                        .map(v -> new Indicator(
                                v.indicator().name(),
                                v.indicator().isShare(),
                                v.value(),
                                v.numerator(),
                                v.denominator(),
                                v.target(),
                                v.getPercentOfTarget(),
                                v.isMet()))
                        .toList(),
                progress.standing().participationsByYear());
    }
}

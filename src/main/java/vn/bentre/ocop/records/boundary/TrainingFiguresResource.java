package vn.bentre.ocop.records.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bentre.ocop.records.control.ReportFiles;
import vn.bentre.ocop.records.control.ReportTable;
import vn.bentre.ocop.records.control.TrainingFigures;

/** Open data: how many people were trained, per year and topic; counts only, never a name. */
@Path("thong-ke")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hồ sơ bồi dưỡng", description = "Capacity-building records and aggregate training figures")
public class TrainingFiguresResource {

    /** People trained in one year on one topic. */
    public record Figure(int year, String topic, int people, int completions, int hours) {}

    @Inject
    ReportService reports;

    @GET
    @Path("dao-tao")
    @Operation(summary = "People trained per year and topic (open data, no personal data)")
    @APIResponse(responseCode = "200", description = "One row per year and topic")
    public List<Figure> figures() {
        return reports.trainedByYearAndTopic().stream()
                .map(TrainingFiguresResource::figure)
                .toList();
    }

    @GET
    @Path("dao-tao.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "The same figures as CSV")
    @APIResponse(responseCode = "200", description = "CSV with a header row")
    public Response figuresCsv() {
        var rows = figures().stream()
                .map(f -> List.of(
                        String.valueOf(f.year()),
                        f.topic(),
                        String.valueOf(f.people()),
                        String.valueOf(f.completions()),
                        String.valueOf(f.hours())))
                .toList();
        var table = new ReportTable("dao-tao", List.of("year", "topic", "people", "completions", "hours"), rows);
        return Response.ok(ReportFiles.write(table, ReportFiles.Format.CSV))
                .header("Content-Disposition", "attachment; filename=\"dao-tao.csv\"")
                .build();
    }

    private static Figure figure(TrainingFigures.Row row) {
        String[] parts = row.group().split(" \\| ", 2);
        return new Figure(
                Integer.parseInt(parts[0]),
                parts.length > 1 ? parts[1] : "",
                row.people(),
                row.completions(),
                row.hours());
    }
}

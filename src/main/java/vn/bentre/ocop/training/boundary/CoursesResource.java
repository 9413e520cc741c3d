package vn.bentre.ocop.training.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.Site;
import vn.bentre.ocop.training.entity.CourseAudience;
import vn.bentre.ocop.training.entity.CourseSession;

/** The public course catalogue as JSON, with the same filters as the page {@code /khoa-hoc}. */
@Path("khoa-hoc")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Khóa học", description = "Course catalogue (public) and a learner's own enrolments")
public class CoursesResource {

    static final String AUDIENCE = "training.enrol.audience";

    /** A course in the catalogue; {@code seatsLeft} is counted when read. */
    public record CourseJson(
            String code,
            String title,
            String topic,
            String audience,
            int hours,
            int capacity,
            long seatsLeft,
            String status,
            String enrolment,
            LocalDateTime enrolOpensAt,
            LocalDateTime enrolClosesAt,
            LocalDateTime cancelCutoffAt,
            LocalDateTime firstStart,
            String trainer,
            String url) {}

    public record SessionJson(LocalDateTime startsAt, LocalDateTime endsAt, String venue, String onlineLink) {}

    public record CourseDetailJson(CourseJson course, String description, List<SessionJson> sessions) {}

    public record Page(List<CourseJson> items, int page, int size, long total) {}

    @Inject
    CourseCatalogService catalogue;

    @Inject
    Site site;

    @Inject
    EnrolmentService enrolments;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Courses to come, soonest first, optionally filtered")
    @APIResponse(responseCode = "200", description = "One page of courses")
    @APIResponse(responseCode = "400", description = "A filter that cannot be read")
    @APIResponse(responseCode = "404", description = "A page beyond the end")
    public Page list(
            @Parameter(description = "a topic, exactly as listed") @QueryParam("chu-de") String topic,
            @Parameter(description = "OFFICIALS, COOP_MANAGERS, ENTERPRISE_MANAGERS or ANYONE") @QueryParam("doi-tuong")
                    String audience,
            @Parameter(description = "a month, yyyy-MM: courses with a session in it") @QueryParam("thang")
                    String month,
            @Parameter(description = "true: only courses with seats left") @QueryParam("con-cho") boolean seatsLeft,
            @Parameter(description = "page number, from 1") @QueryParam("trang") @DefaultValue("1") int page,
            @Parameter(description = "courses per page, 1 to 50") @QueryParam("co") @DefaultValue("10") int size) {
        if (page < 1 || size < 1 || size > CourseCatalogService.MAX_PAGE_SIZE) {
            throw new NotFoundException();
        }
        var filter = new CourseFilter(blankToNull(topic), audience(audience), month(month), seatsLeft);
        var result = catalogue.page(filter, page, size);
        if (result.isBeyondEnd()) {
            throw new NotFoundException();
        }
        return new Page(result.getItems().stream().map(this::json).toList(), page, size, result.getTotal());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One course with its sessions")
    @APIResponse(responseCode = "200", description = "The course")
    @APIResponse(responseCode = "404", description = "No published course has this code")
    public CourseDetailJson course(@PathParam("code") String code) {
        var summary = catalogue.findPublished(code).orElseThrow(NotFoundException::new);
        return new CourseDetailJson(
                json(summary),
                summary.course().getDescription(),
                summary.course().getSessions().stream()
                        .map(CoursesResource::session)
                        .toList());
    }

    @POST
    @Path("{code}/dang-ky")
    @Operation(summary = "Enrol the signed-in learner: a seat if one is free, otherwise the waiting list")
    @APIResponse(responseCode = "201", description = "Enrolled: CONFIRMED, or WAITLISTED with a position")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No published course has this code")
    @APIResponse(
            responseCode = "409",
            description = "Refused: window, audience (with `fix`, the profile page that comes back), already enrolled,"
                    + " no seats")
    public Response enrol(@PathParam("code") String code) {
        EnrolmentsResource.signedIn(security);
        var course = catalogue.findPublished(code).orElseThrow(NotFoundException::new);
        try {
            var enrolment = enrolments.enrol(course.course().getId());
            return Response.status(Response.Status.CREATED).entity(enrolment).build();
        } catch (BusinessException refused) {
            if (AUDIENCE.equals(refused.getMessageKey())) {
                // the learner group is stated in the profile, which comes back to the course once saved
                throw refused.withFix("/ca-nhan/ho-so?next="
                        + URLEncoder.encode("/khoa-hoc/" + course.course().getCode(), StandardCharsets.UTF_8));
            }
            throw refused;
        }
    }

    CourseJson json(CourseSummary s) {
        var c = s.course();
        return new CourseJson(
                c.getCode(),
                c.getTitle(),
                c.getTopic(),
                c.getAudience().name(),
                c.getHours(),
                c.getCapacity(),
                s.seatsLeft(),
                c.getStatus().name(),
                s.enrolment().name(),
                c.getEnrolOpensAt(),
                c.getEnrolClosesAt(),
                c.getCancelCutoffAt(),
                s.firstStart(),
                c.getTrainer().getFullName(),
                site.getBaseUrl() + "/khoa-hoc/" + c.getCode());
    }

    private static SessionJson session(CourseSession s) {
        return new SessionJson(s.getStartsAt(), s.getEndsAt(), s.getVenue(), s.getOnlineLink());
    }

    static CourseAudience audience(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CourseAudience.valueOf(value.strip());
        } catch (IllegalArgumentException unknown) {
            throw BusinessException.invalid("training.filter.audience");
        }
    }

    static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            throw BusinessException.invalid("training.filter.month");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

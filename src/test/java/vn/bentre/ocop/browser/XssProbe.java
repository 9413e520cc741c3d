package vn.bentre.ocop.browser;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import vn.bentre.ocop.content.boundary.ContentDetailsService;
import vn.bentre.ocop.content.boundary.EditorialService;
import vn.bentre.ocop.content.boundary.MediaService;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.directory.boundary.OrganisationAdminService;
import vn.bentre.ocop.directory.boundary.OrganisationForm;
import vn.bentre.ocop.directory.entity.OrganisationType;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.products.boundary.ProductAdminService;
import vn.bentre.ocop.products.boundary.ProductForm;
import vn.bentre.ocop.products.boundary.RatingForm;
import vn.bentre.ocop.products.boundary.TradePromotionService;
import vn.bentre.ocop.products.entity.ProductCategory;
import vn.bentre.ocop.support.SampleFiles;
import vn.bentre.ocop.training.boundary.CourseEditorService;
import vn.bentre.ocop.training.boundary.CourseForm;
import vn.bentre.ocop.training.entity.CourseAudience;

/**
 * Test only, deployed with {@code XssCorpusIT}: writes the XSS corpus through the same services the forms call, as
 * whoever is signed in (the test signs in over HTTP; Payara ignores {@code @RunAs}), so the services' own checks and
 * the sanitizer apply exactly as for a form. POST form fields; lists (tags, file names) are separated by U+001E.
 * Answers {@code text/plain}: what the test needs to find the pages (ids, slugs), or the refusal with its cause.
 */
@WebServlet("/test/xss")
public class XssProbe extends HttpServlet {

    static final String SEPARATOR = "\u001e";

    @Inject
    EditorialService editorial;

    @Inject
    ContentDetailsService details;

    @Inject
    MediaService media;

    @Inject
    CourseEditorService courses;

    @Inject
    ProductAdminService products;

    @Inject
    OrganisationAdminService organisations;

    @Inject
    TradePromotionService trade;

    @Inject
    PortalClock clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try {
            response.getWriter().print(run(request));
        } catch (RuntimeException refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            var trace = new StringWriter();
            refused.printStackTrace(new PrintWriter(trace));
            response.getWriter().print(trace);
        }
    }

    private String run(HttpServletRequest request) {
        return switch (request.getParameter("op")) {
            case "item" -> item(request);
            case "publish" -> editorial.approve(id(request), null).name();
            case "submit" -> {
                editorial.submit(id(request));
                yield "ok";
            }
            case "sendBack" -> {
                editorial.sendBack(id(request), request.getParameter("comment"));
                yield "ok";
            }
            case "course" -> course(request);
            case "product" -> product(request);
            case "trade" ->
                String.valueOf(trade.create(
                        request.getParameter("name"),
                        request.getParameter("venue"),
                        LocalDate.now().plusDays(30),
                        LocalDate.now().plusDays(32)));
            default -> throw new IllegalArgumentException(request.getParameter("op"));
        };
    }

    /** A draft with its title, summary and body, then its tags, attachments and cover (alt text); id|slug. */
    private String item(HttpServletRequest request) {
        var saved = editorial.createDraft(new EditorialService.Draft(
                ContentType.valueOf(request.getParameter("type")),
                request.getParameter("title"),
                null,
                request.getParameter("summary"),
                request.getParameter("body"),
                "vi",
                null));
        long id = saved.id();
        var tags = list(request, "tags");
        if (!tags.isEmpty()) {
            details.tag(id, tags);
        }
        for (String name : list(request, "files")) {
            media.attach(id, name, SampleFiles.pdf());
        }
        String alt = request.getParameter("alt");
        if (alt != null) {
            media.setCover(id, "bia.png", SampleFiles.image("png", 320, 200), alt);
        }
        return id + "|" + editorial.find(id).getSlug();
    }

    /** A course with one session, opened for enrolment; id. */
    private String course(HttpServletRequest request) {
        var now = clock.now().withSecond(0).withNano(0);
        var closes = now.plusDays(14).withHour(17).withMinute(0);
        var starts = closes.plusDays(3).withHour(7).withMinute(30);
        long id = courses.create(new CourseForm(
                request.getParameter("code"),
                request.getParameter("title"),
                request.getParameter("description"),
                request.getParameter("topic"),
                CourseAudience.ANYONE,
                30,
                8,
                now,
                closes,
                closes.plusDays(1),
                80,
                false,
                List.of(new CourseForm.Session(
                        null,
                        starts,
                        starts.plusHours(4),
                        request.getParameter("venue"),
                        request.getParameter("link"))),
                Set.of()));
        courses.open(id);
        return String.valueOf(id);
    }

    /** An organisation (name, address) owning a product (name, description) with a 4-star rating; the slug. */
    private String product(HttpServletRequest request) {
        long commune = organisations.communes().getFirst().id();
        var owner = organisations.create(new OrganisationForm(
                OrganisationType.COOPERATIVE,
                request.getParameter("organisation"),
                "",
                commune,
                request.getParameter("address"),
                "",
                null));
        var product = products.create(new ProductForm(
                request.getParameter("name"), owner.id(), ProductCategory.FOOD, request.getParameter("description")));
        products.rate(product.id(), new RatingForm(4, request.getParameter("certificate"), LocalDate.now()));
        return product.slug() + "|" + owner.id();
    }

    private static long id(HttpServletRequest request) {
        return Long.parseLong(request.getParameter("id"));
    }

    private static List<String> list(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(SEPARATOR));
    }
}

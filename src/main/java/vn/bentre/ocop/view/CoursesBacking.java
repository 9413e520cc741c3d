package vn.bentre.ocop.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import vn.bentre.ocop.platform.control.ResultPage;
import vn.bentre.ocop.training.boundary.CourseCatalogService;
import vn.bentre.ocop.training.boundary.CourseSummary;

/** The course catalogue and each course's page ({@code khoa-hoc.xhtml}: {@code /khoa-hoc}, {@code /khoa-hoc/{code}}). */
@Named
@RequestScoped
public class CoursesBacking {

    public static final int PAGE_SIZE = 10;

    @Inject
    CourseCatalogService catalogue;

    @Inject
    @Param(pathIndex = 0)
    String code;

    @Inject
    @Param(pathIndex = 1)
    String extraPath;

    @Inject
    @Param(name = PageParameter.NAME)
    String pageNumber;

    private ResultPage<CourseSummary> page;
    private CourseSummary course;

    /** The view action: loads before rendering, so an unknown course or page can still answer 404. */
    public void load() {
        if (extraPath != null) {
            notFound();
        } else if (code == null) {
            var number = PageParameter.parse(pageNumber);
            page = number.isPresent() ? catalogue.page(number.getAsInt(), PAGE_SIZE) : null;
            if (page == null || page.isBeyondEnd()) {
                notFound();
            }
        } else {
            course = catalogue.findPublished(code).orElse(null);
            if (course == null) {
                notFound();
            }
        }
    }

    private static void notFound() {
        Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
    }

    public boolean isDetail() {
        return course != null;
    }

    public ResultPage<CourseSummary> getPage() {
        return page;
    }

    public CourseSummary getCourse() {
        return course;
    }
}

package vn.bentre.ocop.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import vn.bentre.ocop.identity.boundary.CurrentUser;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.ResultPage;
import vn.bentre.ocop.training.boundary.CourseCatalogService;
import vn.bentre.ocop.training.boundary.CourseFilter;
import vn.bentre.ocop.training.boundary.CourseSummary;
import vn.bentre.ocop.training.boundary.EnrolmentService;
import vn.bentre.ocop.training.boundary.MyEnrolment;
import vn.bentre.ocop.training.entity.CourseAudience;
import vn.bentre.ocop.training.entity.EnrolmentWindow;

/**
 * The course catalogue with its filters ({@code /khoa-hoc?chu-de=&doi-tuong=&thang=&con-cho=1}) and each course's
 * page ({@code /khoa-hoc/{code}}) with the seats left, the signed-in learner's own enrolment and the one-click enrol
 * button ({@code khoa-hoc.xhtml}). Stays request-scoped: the page is public and stateless.
 */
@Named
@RequestScoped
public class CoursesBacking {

    public static final int PAGE_SIZE = 10;
    static final int MONTHS_OFFERED = 6;

    @Inject
    CourseCatalogService catalogue;

    @Inject
    EnrolmentService enrolments;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    @Inject
    @Param(pathIndex = 0)
    String code;

    @Inject
    @Param(pathIndex = 1)
    String extraPath;

    @Inject
    @Param(name = PageParameter.NAME)
    String pageNumber;

    @Inject
    @Param(name = "chu-de")
    String topic;

    @Inject
    @Param(name = "doi-tuong")
    String audience;

    @Inject
    @Param(name = "thang")
    String month;

    @Inject
    @Param(name = "con-cho")
    String seatsLeft;

    private ResultPage<CourseSummary> page;
    private CourseSummary course;
    private MyEnrolment mine;
    private CourseFilter filter;
    private List<String> topics = List.of();
    private List<CourseCatalogService.MaterialLink> materials = List.of();

    /**
     * A course's page loads its course at once: the page is a transient view, rebuilt on the enrol postback, and the
     * button must be there (rendered) when the postback is decoded.
     */
    @PostConstruct
    void init() {
        if (code != null && extraPath == null) {
            loadCourse();
        }
    }

    /** The view action: loads before rendering, so an unknown course, page or filter can still answer 404. */
    public void load() {
        if (extraPath != null) {
            notFound();
        } else if (code == null) {
            var number = PageParameter.parse(pageNumber);
            filter = filter();
            topics = catalogue.topics();
            page = number.isPresent() && filter != null ? catalogue.page(filter, number.getAsInt(), PAGE_SIZE) : null;
            if (page == null || page.isBeyondEnd()) {
                notFound();
            }
        } else {
            if (course == null) {
                notFound();
            }
        }
    }

    /** One click: a seat if one is free, otherwise the waiting list; either way the page says which. */
    public void enrol() {
        loadCourse();
        if (course == null) {
            notFound();
            return;
        }
        try {
            var outcome = enrolments.enrol(course.course().getId());
            if (outcome.isWaitlisted()) {
                Pages.info("training.enrol.waitlisted", outcome.position());
            } else {
                Pages.info("training.enrol.confirmed");
            }
        } catch (RuntimeException refused) {
            Pages.refusal("enrol", refused);
        }
        loadCourse();
    }

    private void loadCourse() {
        course = catalogue.findPublished(code).orElse(null);
        if (course != null) {
            materials = catalogue.materials(course.course());
        }
        if (course != null && currentUser.isSignedIn()) {
            mine = enrolments.inCourse(course.course().getId()).orElse(null);
        }
    }

    /** The filter from the URL, or null when a parameter is malformed. */
    private CourseFilter filter() {
        CourseAudience chosenAudience = null;
        YearMonth chosenMonth = null;
        try {
            if (audience != null && !audience.isBlank()) {
                chosenAudience = CourseAudience.valueOf(audience.strip());
            }
            if (month != null && !month.isBlank()) {
                chosenMonth = YearMonth.parse(month.strip());
            }
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            return null;
        }
        String chosenTopic = topic == null || topic.isBlank() ? null : topic.strip();
        return new CourseFilter(chosenTopic, chosenAudience, chosenMonth, "1".equals(seatsLeft));
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

    public List<CourseCatalogService.MaterialLink> getMaterials() {
        return materials;
    }

    public MyEnrolment getMine() {
        return mine;
    }

    public CourseFilter getFilter() {
        return filter;
    }

    /** Whether the one-click button shows: signed in, not enrolled yet, enrolment open, of the course's audience. */
    public boolean isCanEnrol() {
        return course != null
                && mine == null
                && currentUser.isSignedIn()
                && course.enrolment() == EnrolmentWindow.OPEN
                && !isOtherAudience();
    }

    /**
     * Whether the signed-in learner could enrol but for their learner group (often not stated yet, as after an older
     * registration): the page then says so and links to the profile, which comes back here, instead of a button the
     * course would refuse.
     */
    public boolean isOtherAudience() {
        return course != null
                && mine == null
                && course.enrolment() == EnrolmentWindow.OPEN
                && currentUser
                        .account()
                        .map(a -> !course.course().getAudience().admits(a.getLearnerGroup()))
                        .orElse(false);
    }

    /** The profile page that comes back to this course once the learner group is saved. */
    public String getProfileToEnrol() {
        return "/ca-nhan/ho-so?next=" + URLEncoder.encode("/khoa-hoc/" + code, StandardCharsets.UTF_8);
    }

    public boolean isSignInToEnrol() {
        return course != null && !currentUser.isSignedIn() && course.enrolment() == EnrolmentWindow.OPEN;
    }

    public boolean isCanCancel() {
        return mine != null && mine.cancellableAt(clock.now());
    }

    public List<String> getTopics() {
        return topics;
    }

    public CourseAudience[] getAudiences() {
        return CourseAudience.values();
    }

    /** The months offered by the filter: this one and the next few. */
    public List<String> getMonths() {
        var first = YearMonth.from(clock.today());
        return Stream.iterate(first, m -> m.plusMonths(1))
                .limit(MONTHS_OFFERED)
                .map(YearMonth::toString)
                .toList();
    }

    /** The filter as URL parameters for the pager, without the leading {@code ?}. */
    public String getFilterQuery() {
        if (filter == null) {
            return "";
        }
        var parts = new ArrayList<String>();
        if (filter.topic() != null) {
            parts.add("chu-de=" + URLEncoder.encode(filter.topic(), StandardCharsets.UTF_8));
        }
        if (filter.audience() != null) {
            parts.add("doi-tuong=" + filter.audience());
        }
        if (filter.month() != null) {
            parts.add("thang=" + filter.month());
        }
        if (filter.withSeatsLeft()) {
            parts.add("con-cho=1");
        }
        return String.join("&", parts);
    }

    public boolean isFiltered() {
        return !getFilterQuery().isEmpty();
    }
}

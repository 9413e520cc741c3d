package vn.bentre.ocop.training.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.ResultPage;
import vn.bentre.ocop.training.entity.Course;
import vn.bentre.ocop.training.entity.CourseSession;
import vn.bentre.ocop.training.entity.CourseStatus;

/** The public course catalogue: open and upcoming courses, soonest first, and each course's page. */
@Stateless
@PermitAll // anonymous readers: every method reads only what is public
public class CourseCatalogService {

    public static final int MAX_PAGE_SIZE = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    /** Page {@code number} (from 1) of the courses with a session still to come. */
    @PermitAll
    public ResultPage<CourseSummary> page(@Min(1) int number, @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        var now = clock.now();
        long total = em.createNamedQuery(Course.COUNT_LISTED, Long.class)
                .setParameter("statuses", CourseStatus.LISTED)
                .setParameter("now", now)
                .getSingleResult();
        return new ResultPage<>(listed(ResultPage.firstRow(number, size), size, now), number, size, total);
    }

    /** The {@code count} courses that start soonest. */
    @PermitAll
    public List<CourseSummary> upcoming(@Min(1) @Max(MAX_PAGE_SIZE) int count) {
        return listed(0, count, clock.now());
    }

    /** The course with this code, with its trainer and sessions, unless it is still a draft. */
    @PermitAll
    public Optional<CourseSummary> findPublished(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        var now = clock.now();
        return em.createNamedQuery(Course.BY_CODE, Course.class)
                .setParameter("code", code)
                .setParameter("statuses", CourseStatus.PUBLIC)
                .getResultStream()
                .findFirst()
                .map(c -> new CourseSummary(
                        c,
                        c.getSessions().stream()
                                .map(CourseSession::getStartsAt)
                                .min(LocalDateTime::compareTo)
                                .orElse(null),
                        c.enrolmentWindowAt(now)));
    }

    /**
     * Two queries, because ordering by the first session needs a GROUP BY that H2 will not combine with every
     * column of the course: first the page of ids in order, then those courses with their trainers.
     */
    private List<CourseSummary> listed(int first, int max, LocalDateTime now) {
        List<Object[]> rows = em.createNamedQuery(Course.LISTED_IDS, Object[].class)
                .setParameter("statuses", CourseStatus.LISTED)
                .setParameter("now", now)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDateTime> starts = new LinkedHashMap<>();
        rows.forEach(row -> starts.put(((Number) row[0]).longValue(), (LocalDateTime) row[1]));
        Map<Long, Course> courses = em.createNamedQuery(Course.WITH_TRAINER, Course.class)
                .setParameter("ids", starts.keySet())
                .getResultStream()
                .collect(Collectors.toMap(Course::getId, Function.identity()));
        return starts.entrySet().stream()
                .filter(e -> courses.containsKey(e.getKey()))
                .map(e -> new CourseSummary(
                        courses.get(e.getKey()),
                        e.getValue(),
                        courses.get(e.getKey()).enrolmentWindowAt(now)))
                .toList();
    }
}

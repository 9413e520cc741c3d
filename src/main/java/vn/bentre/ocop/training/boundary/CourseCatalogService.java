package vn.bentre.ocop.training.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.bentre.ocop.content.control.ContentPaths;
import vn.bentre.ocop.content.entity.ContentItem;
import vn.bentre.ocop.content.entity.ContentStatus;
import vn.bentre.ocop.content.entity.ContentType;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.ResultPage;
import vn.bentre.ocop.training.entity.Course;
import vn.bentre.ocop.training.entity.CourseSession;
import vn.bentre.ocop.training.entity.CourseStatus;
import vn.bentre.ocop.training.entity.EnrolmentStatus;

/** The public course catalogue: open and upcoming courses, soonest first, filtered, and each course's page. */
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
        return page(CourseFilter.NONE, number, size);
    }

    /** Page {@code number} (from 1) of the courses to come that pass the filter, counted and cut in the database. */
    @PermitAll
    public ResultPage<CourseSummary> page(
            @NotNull CourseFilter filter, @Min(1) int number, @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        var now = clock.now();
        var count = bind(
                em.createQuery(
                        "select count(c) from Course c where c.status in :statuses"
                                + " and exists (select s from CourseSession s where s.course = c and s.endsAt > :now)"
                                + conditions(filter),
                        Long.class),
                filter,
                now);
        long total = count.getSingleResult();
        return new ResultPage<>(listed(filter, ResultPage.firstRow(number, size), size, now), number, size, total);
    }

    /** The {@code count} courses that start soonest. */
    @PermitAll
    public List<CourseSummary> upcoming(@Min(1) @Max(MAX_PAGE_SIZE) int count) {
        return listed(CourseFilter.NONE, 0, count, clock.now());
    }

    /** The topics of the listed courses, for the catalogue's filter. */
    @PermitAll
    public List<String> topics() {
        return em.createQuery(
                        "select distinct c.topic from Course c where c.status in :statuses order by c.topic",
                        String.class)
                .setParameter("statuses", CourseStatus.LISTED)
                .getResultList();
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
                        c.enrolmentWindowAt(now),
                        c.seatsLeft(seated(List.of(c.getId())).getOrDefault(c.getId(), 0L))));
    }

    /** A training material linked to a course: its title and public path. */
    public record MaterialLink(String title, String path) {}

    /** The course's linked training materials that are published now, by title. */
    @PermitAll
    public List<MaterialLink> materials(Course course) {
        var ids = course.getMaterialIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select c from ContentItem c where c.id in :ids and c.type = :type and"
                                + ContentItem.VISIBLE_TO_READERS + " order by c.title",
                        ContentItem.class)
                .setParameter("ids", ids)
                .setParameter("type", ContentType.MATERIAL)
                .setParameter("statuses", ContentStatus.VISIBLE)
                .setParameter("now", clock.now())
                .getResultStream()
                .map(item -> new MaterialLink(item.getTitle(), ContentPaths.itemPath(item.getType(), item.getSlug())))
                .toList();
    }

    /** Published training materials a course may link to, newest first (for the course editor). */
    @PermitAll
    public List<ContentItem> linkableMaterials() {
        return em.createQuery(
                        "select c from ContentItem c where c.type = :type and c.status in :statuses"
                                + " order by c.publishedAt desc, c.id desc",
                        ContentItem.class)
                .setParameter("type", ContentType.MATERIAL)
                .setParameter("statuses", ContentStatus.VISIBLE)
                .setMaxResults(200)
                .getResultList();
    }

    private static String conditions(CourseFilter filter) {
        var where = new StringBuilder();
        if (filter.topic() != null) {
            where.append(" and c.topic = :topic");
        }
        if (filter.audience() != null) {
            where.append(" and c.audience = :audience");
        }
        if (filter.month() != null) {
            where.append(" and exists (select m from CourseSession m where m.course = c"
                    + " and m.startsAt >= :monthStart and m.startsAt < :monthEnd)");
        }
        if (filter.withSeatsLeft()) {
            where.append(" and c.capacity > (select count(e) from Enrolment e where e.course = c"
                    + " and e.status in :seated)");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, CourseFilter filter, LocalDateTime now) {
        query.setParameter("statuses", CourseStatus.LISTED).setParameter("now", now);
        if (filter.topic() != null) {
            query.setParameter("topic", filter.topic());
        }
        if (filter.audience() != null) {
            query.setParameter("audience", filter.audience());
        }
        if (filter.month() != null) {
            query.setParameter("monthStart", filter.month().atDay(1).atStartOfDay());
            query.setParameter("monthEnd", filter.month().plusMonths(1).atDay(1).atStartOfDay());
        }
        if (filter.withSeatsLeft()) {
            query.setParameter("seated", EnrolmentStatus.SEATED);
        }
        return query;
    }

    /**
     * Two queries, because ordering by the first session needs a GROUP BY that H2 will not combine with every
     * column of the course: first the page of ids in order, then those courses with their trainers.
     */
    private List<CourseSummary> listed(CourseFilter filter, int first, int max, LocalDateTime now) {
        List<Object[]> rows = bind(
                        em.createQuery(
                                "select c.id, min(s.startsAt) as firstStart from Course c join c.sessions s"
                                        + " where c.status in :statuses" + conditions(filter)
                                        + " group by c.id having max(s.endsAt) > :now order by firstStart, c.id",
                                Object[].class),
                        filter,
                        now)
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
        Map<Long, Long> seated = seated(starts.keySet());
        return starts.entrySet().stream()
                .filter(e -> courses.containsKey(e.getKey()))
                .map(e -> {
                    var course = courses.get(e.getKey());
                    return new CourseSummary(
                            course,
                            e.getValue(),
                            course.enrolmentWindowAt(now),
                            course.seatsLeft(seated.getOrDefault(e.getKey(), 0L)));
                })
                .toList();
    }

    private Map<Long, Long> seated(Collection<Long> courseIds) {
        Map<Long, Long> seated = new HashMap<>();
        em.createQuery(
                        "select e.course.id, count(e) from Enrolment e where e.course.id in :ids"
                                + " and e.status in :seated group by e.course.id",
                        Object[].class)
                .setParameter("ids", courseIds)
                .setParameter("seated", EnrolmentStatus.SEATED)
                .getResultList()
                .forEach(row -> seated.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return seated;
    }
}

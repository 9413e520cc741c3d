package vn.bentre.ocop.records.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.bentre.ocop.directory.control.UnitValidity;
import vn.bentre.ocop.directory.entity.MemberPosition;
import vn.bentre.ocop.directory.entity.OrganisationMember;
import vn.bentre.ocop.platform.control.Messages;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.RoleNames;
import vn.bentre.ocop.records.control.ReportTable;
import vn.bentre.ocop.records.control.TrainingFigures;
import vn.bentre.ocop.records.control.TrainingFigures.Completion;
import vn.bentre.ocop.training.entity.Course;
import vn.bentre.ocop.training.entity.CourseSession;
import vn.bentre.ocop.training.entity.CourseStatus;
import vn.bentre.ocop.training.entity.EnrolmentStatus;

/**
 * The programme's training reports, computed from the records each time (never typed in): people trained by
 * commune (today's units, following successors from the unit an organisation was recorded with), organisation
 * type, topic and year; courses' fill and completion rates; which organisations have a trained manager. A
 * completion is a course completed on the portal or training recorded from elsewhere.
 */
@Stateless
@RolesAllowed(RoleNames.ADMIN)
public class ReportService {

    /** What the people-trained report groups by. */
    public enum Dimension {
        COMMUNE,
        ORGANISATION_TYPE,
        TOPIC,
        YEAR
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    /** People trained, grouped by {@code dimension}, in {@code year} (null: every year). */
    public ReportTable trainedPeople(@NotNull Dimension dimension, Integer year, @NotNull Locale locale) {
        var completions = completions(year);
        var memberships = memberships();
        LocalDate today = clock.today();
        String none = Messages.get(locale, "report.noOrganisation");
        var rows = TrainingFigures.count(
                completions,
                c -> switch (dimension) {
                    case TOPIC -> List.of(c.topic());
                    case YEAR -> List.of(String.valueOf(c.completedOn().getYear()));
                    case ORGANISATION_TYPE ->
                        memberships.getOrDefault(c.personId(), List.of()).stream()
                                .map(m -> Messages.get(
                                        locale,
                                        "directory.type."
                                                + m.getOrganisation().getType().name()))
                                .distinct()
                                .toList();
                    case COMMUNE ->
                        memberships.getOrDefault(c.personId(), List.of()).stream()
                                .map(m -> UnitValidity.unitOn(
                                                m.getOrganisation().getCommune(), today)
                                        .map(u -> u.getName())
                                        .orElse(m.getOrganisation().getCommune().getName()))
                                .distinct()
                                .toList();
                },
                dimension == Dimension.TOPIC || dimension == Dimension.YEAR ? "—" : none);
        if (dimension == Dimension.YEAR) {
            rows = new ArrayList<>(rows);
            rows.sort(Comparator.comparing(TrainingFigures.Row::group).reversed());
        }
        var table = new ArrayList<List<String>>();
        for (var row : rows) {
            table.add(List.of(
                    row.group(),
                    String.valueOf(row.people()),
                    String.valueOf(row.completions()),
                    String.valueOf(row.hours())));
        }
        String title =
                Messages.get(locale, "report.trained.title." + dimension.name()) + (year == null ? "" : " - " + year);
        return new ReportTable(
                title,
                List.of(
                        Messages.get(locale, "report.dimension." + dimension.name()),
                        Messages.get(locale, "report.people"),
                        Messages.get(locale, "report.completions"),
                        Messages.get(locale, "report.hours")),
                List.copyOf(table));
    }

    /** Each course that ran (or runs) in {@code year}: seats, how full, how many completed. */
    public ReportTable courseRates(Integer year, @NotNull Locale locale) {
        var courses = em.createQuery(
                        "select c from Course c where c.status <> :draft and c.status <> :cancelled order by c.code",
                        Course.class)
                .setParameter("draft", CourseStatus.DRAFT)
                .setParameter("cancelled", CourseStatus.CANCELLED)
                .getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select e.course.id, e.status, count(e) from Enrolment e group by e.course.id, e.status",
                        Object[].class)
                .getResultList()) {
            var c = counts.computeIfAbsent((Long) row[0], id -> new long[2]);
            var status = (EnrolmentStatus) row[1];
            long n = ((Number) row[2]).longValue();
            if (EnrolmentStatus.SEATED.contains(status)) {
                c[0] += n;
            }
            if (status == EnrolmentStatus.COMPLETED) {
                c[1] += n;
            }
        }
        var rows = new ArrayList<List<String>>();
        for (var course : courses) {
            var first = course.getSessions().stream()
                    .map(CourseSession::getStartsAt)
                    .min(Comparator.naturalOrder());
            if (year != null && first.map(d -> d.getYear() != year).orElse(true)) {
                continue;
            }
            var c = counts.getOrDefault(course.getId(), new long[2]);
            rows.add(List.of(
                    course.getCode(),
                    course.getTitle(),
                    first.map(d -> d.toLocalDate().toString()).orElse(""),
                    String.valueOf(course.getCapacity()),
                    String.valueOf(c[0]),
                    TrainingFigures.percent(c[0], course.getCapacity()) + "%",
                    String.valueOf(c[1]),
                    TrainingFigures.percent(c[1], c[0]) + "%"));
        }
        return new ReportTable(
                Messages.get(locale, "report.courses.title") + (year == null ? "" : " - " + year),
                List.of(
                        Messages.get(locale, "report.course.code"),
                        Messages.get(locale, "report.course.title"),
                        Messages.get(locale, "report.course.starts"),
                        Messages.get(locale, "report.course.capacity"),
                        Messages.get(locale, "report.course.seated"),
                        Messages.get(locale, "report.course.fill"),
                        Messages.get(locale, "report.course.completed"),
                        Messages.get(locale, "report.course.completion")),
                List.copyOf(rows));
    }

    /** Organisations with at least one manager who has completed training (any year). */
    public Set<Long> organisationsWithTrainedManager() {
        var trained = new HashSet<Long>();
        completions(null).forEach(c -> trained.add(c.personId()));
        var organisations = new HashSet<Long>();
        for (var entry : memberships().entrySet()) {
            if (trained.contains(entry.getKey())) {
                entry.getValue().stream()
                        .filter(m -> m.getPosition() == MemberPosition.MANAGER)
                        .forEach(m -> organisations.add(m.getOrganisation().getId()));
            }
        }
        return organisations;
    }

    /** Years with completions, newest first (for the year filter). */
    public List<Integer> years() {
        return TrainingFigures.years(completions(null));
    }

    /** People trained in each year, with no personal data: for the public open-data figures. */
    @jakarta.annotation.security.PermitAll
    public List<TrainingFigures.Row> trainedByYearAndTopic() {
        var completions = completions(null);
        return TrainingFigures.count(completions, c -> List.of(c.completedOn().getYear() + " | " + c.topic()), "—");
    }

    private List<Completion> completions(Integer year) {
        var all = new ArrayList<Completion>();
        for (Object[] row : em.createQuery(
                        "select e.learner.id, e.course.topic, e.course.hours, e.completedAt from Enrolment e"
                                + " where e.status = :completed",
                        Object[].class)
                .setParameter("completed", EnrolmentStatus.COMPLETED)
                .getResultList()) {
            all.add(new Completion(
                    (Long) row[0],
                    (String) row[1],
                    ((Number) row[2]).intValue(),
                    ((java.time.LocalDateTime) row[3]).toLocalDate()));
        }
        for (Object[] row : em.createQuery(
                        "select x.person.id, x.topic, x.hours, x.completedOn from ExternalTraining x", Object[].class)
                .getResultList()) {
            all.add(new Completion((Long) row[0], (String) row[1], ((Number) row[2]).intValue(), (LocalDate) row[3]));
        }
        return year == null
                ? all
                : all.stream().filter(c -> c.completedOn().getYear() == year).toList();
    }

    private Map<Long, List<OrganisationMember>> memberships() {
        var byPerson = new HashMap<Long, List<OrganisationMember>>();
        for (var m : em.createQuery(
                        "select m from OrganisationMember m join fetch m.organisation o join fetch o.commune",
                        OrganisationMember.class)
                .getResultList()) {
            byPerson.computeIfAbsent(m.getAccount().getId(), id -> new ArrayList<>())
                    .add(m);
        }
        return byPerson;
    }
}

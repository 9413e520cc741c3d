package vn.bentre.ocop.records.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.bentre.ocop.directory.entity.OrganisationMember;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.platform.control.AuditLog;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.RoleNames;
import vn.bentre.ocop.platform.control.Site;
import vn.bentre.ocop.records.control.LearningRecord;
import vn.bentre.ocop.records.control.LearningRecord.Entry;
import vn.bentre.ocop.records.control.LearningRecord.Source;
import vn.bentre.ocop.records.control.TranscriptPdf;
import vn.bentre.ocop.records.entity.ExternalTraining;
import vn.bentre.ocop.training.control.Enrolments;
import vn.bentre.ocop.training.entity.CourseSession;
import vn.bentre.ocop.training.entity.Enrolment;
import vn.bentre.ocop.training.entity.EnrolmentStatus;

/**
 * Capacity-building records. Who may read whose: a person their own; a trainer the learners who enrolled in one of
 * their courses; an administrator everyone. Any other id is answered as if it did not exist, so ids cannot be
 * probed. Administrators also record training done outside the portal.
 */
@Stateless
@RolesAllowed({RoleNames.LEARNER, RoleNames.TRAINER, RoleNames.EDITOR, RoleNames.ADMIN})
public class RecordService {

    public static final int MAX_PEOPLE = 50;

    /** Training done elsewhere, as an administrator types it in. */
    public record ExternalForm(
            @NotBlank @Size(max = ExternalTraining.TITLE_MAX)
            String title,

            @NotBlank @Size(max = ExternalTraining.TITLE_MAX)
            String provider,

            @NotBlank @Size(max = ExternalTraining.TOPIC_MAX)
            String topic,

            @Positive @Max(ExternalTraining.HOURS_MAX) int hours,
            @NotNull LocalDate completedOn,
            @Size(max = ExternalTraining.CERTIFICATE_MAX) String certificate,
            @NotBlank @Size(max = ExternalTraining.NOTE_MAX) String sourceNote)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** A person an administrator can open the record of. */
    public record Person(long id, String name, String email) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    PortalClock clock;

    @Inject
    Site site;

    @Inject
    AuditLog audit;

    @Inject
    Enrolments enrolments;

    /** The caller's own record. */
    public LearningRecord mine() {
        return build(me());
    }

    /** Someone's record, if the caller may read it; otherwise "not found". */
    public LearningRecord of(long personId) {
        return build(readable(personId));
    }

    /** The record as a PDF transcript, in {@code locale}. */
    public byte[] transcript(long personId, @NotNull Locale locale) {
        var record = build(readable(personId));
        return TranscriptPdf.write(
                record, site.getAgencyName(), site.getBaseUrl() + "/xac-minh", clock.today(), locale);
    }

    public byte[] myTranscript(@NotNull Locale locale) {
        return transcript(me().getId(), locale);
    }

    @RolesAllowed(RoleNames.ADMIN)
    public void addExternal(long personId, @NotNull @Valid ExternalForm form) {
        var person = em.find(Account.class, personId);
        if (person == null) {
            throw BusinessException.notFound("record.personNotFound");
        }
        if (form.completedOn().isAfter(clock.today())) {
            throw BusinessException.invalid("record.external.future");
        }
        var entry = new ExternalTraining(
                person,
                form.title().strip(),
                form.provider().strip(),
                form.topic().strip(),
                form.hours(),
                form.completedOn(),
                blankToNull(form.certificate()),
                form.sourceNote().strip(),
                me(),
                clock.now());
        em.persist(entry);
        em.flush();
        audit.record(
                "EXTERNAL_TRAINING_RECORDED", "ACCOUNT", personId, form.title().strip());
    }

    /** People whose name or e-mail contains the words, for the administrators' record search. */
    @RolesAllowed(RoleNames.ADMIN)
    public List<Person> people(String query, @Min(1) @Max(MAX_PEOPLE) int max) {
        String words = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        String like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery(
                        "select a from Account a where lower(a.fullName) like :q escape '\\'"
                                + " or lower(a.email) like :q escape '\\' order by a.fullName, a.id",
                        Account.class)
                .setParameter("q", like)
                .setMaxResults(max)
                .getResultStream()
                .map(a -> new Person(a.getId(), a.getFullName(), a.getEmail()))
                .toList();
    }

    // --- building a record

    private LearningRecord build(Account person) {
        var active = em.createQuery(
                        "select e from Enrolment e join fetch e.course where e.learner = :person and e.status in :statuses",
                        Enrolment.class)
                .setParameter("person", person)
                .setParameter(
                        "statuses",
                        List.of(EnrolmentStatus.COMPLETED, EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED))
                .getResultList();
        var completed = new ArrayList<Entry>();
        var upcoming = new ArrayList<Entry>();
        var waitlisted = new ArrayList<Entry>();
        for (var e : active) {
            var course = e.getCourse();
            var sessions = course.getSessions();
            LocalDate from = sessions.stream()
                    .map(CourseSession::getStartsAt)
                    .min(Comparator.naturalOrder())
                    .map(LocalDateTime::toLocalDate)
                    .orElse(null);
            LocalDate to = sessions.stream()
                    .map(CourseSession::getEndsAt)
                    .max(Comparator.naturalOrder())
                    .map(LocalDateTime::toLocalDate)
                    .orElse(null);
            switch (e.getStatus()) {
                case COMPLETED ->
                    completed.add(
                            courseEntry(e, from, to, e.getCompletedAt().toLocalDate(), e.getCertificateCode(), null));
                case CONFIRMED -> upcoming.add(courseEntry(e, from, to, null, null, null));
                case WAITLISTED -> waitlisted.add(courseEntry(e, from, to, null, null, (int) enrolments.position(e)));
                default -> {
                    // cancelled and removed enrolments are not part of the record
                }
            }
        }
        for (var x : em.createQuery("select x from ExternalTraining x where x.person = :person", ExternalTraining.class)
                .setParameter("person", person)
                .getResultList()) {
            completed.add(new Entry(
                    Source.EXTERNAL,
                    x.getProvider(),
                    x.getTitle(),
                    x.getTopic(),
                    x.getHours(),
                    null,
                    null,
                    x.getCompletedOn(),
                    x.getCertificate(),
                    x.getSourceNote(),
                    null));
        }
        Comparator<Entry> bySessions =
                Comparator.comparing(Entry::from, Comparator.nullsLast(Comparator.naturalOrder()));
        upcoming.sort(bySessions);
        waitlisted.sort(bySessions);
        var organisations = em.createQuery(
                        "select m from OrganisationMember m join fetch m.organisation where m.account = :person"
                                + " order by m.organisation.name",
                        OrganisationMember.class)
                .setParameter("person", person)
                .getResultStream()
                .map(m -> m.getOrganisation().getName())
                .toList();
        return new LearningRecord(
                person.getId(),
                person.getFullName(),
                person.getEmail(),
                organisations,
                LearningRecord.byYear(completed),
                List.copyOf(upcoming),
                List.copyOf(waitlisted));
    }

    private static Entry courseEntry(
            Enrolment e, LocalDate from, LocalDate to, LocalDate completedOn, String certificate, Integer position) {
        var course = e.getCourse();
        return new Entry(
                Source.COURSE,
                course.getCode(),
                course.getTitle(),
                course.getTopic(),
                course.getHours(),
                from,
                to,
                completedOn,
                certificate,
                null,
                position);
    }

    // --- who may read whose record

    private Account readable(long personId) {
        var person = em.find(Account.class, personId);
        if (person == null) {
            throw BusinessException.notFound("record.personNotFound");
        }
        var me = me();
        if (me.getId().equals(person.getId()) || caller.isCallerInRole(RoleNames.ADMIN)) {
            return person;
        }
        if (caller.isCallerInRole(RoleNames.TRAINER)) {
            long taught = em.createQuery(
                            "select count(e) from Enrolment e where e.learner = :person and e.course.trainer = :me",
                            Long.class)
                    .setParameter("person", person)
                    .setParameter("me", me)
                    .getSingleResult();
            if (taught > 0) {
                return person;
            }
        }
        // Not "forbidden": whether someone with this id exists is not the caller's business.
        throw BusinessException.notFound("record.personNotFound");
    }

    private Account me() {
        var principal = caller.getCallerPrincipal();
        try {
            var account = principal == null ? null : em.find(Account.class, Long.valueOf(principal.getName()));
            if (account != null) {
                return account;
            }
        } catch (NumberFormatException notAnAccount) {
            // fall through
        }
        throw new BusinessException(BusinessException.Kind.FORBIDDEN, "record.signInFirst");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

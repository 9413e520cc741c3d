package vn.bentre.ocop.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import vn.bentre.ocop.platform.control.Language;
import vn.bentre.ocop.platform.control.Messages;
import vn.bentre.ocop.platform.control.Outbox;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.platform.control.Site;
import vn.bentre.ocop.training.entity.Course;
import vn.bentre.ocop.training.entity.Enrolment;

/**
 * The mails an enrolment sends, written to the outbox in the enrolment's own transaction: a seat confirmed (with
 * the sessions as an iCalendar file), a place on the waiting list, a promotion, a removal, a completion, and a
 * trainer's message to everyone enrolled. Learners' language is not stored, so mails are in Vietnamese.
 */
@ApplicationScoped
public class EnrolmentMails {

    @Inject
    Outbox outbox;

    @Inject
    Site site;

    @Inject
    PortalClock clock;

    public void confirmed(Enrolment enrolment, boolean promoted) {
        var course = enrolment.getCourse();
        String key = promoted ? "training.mail.promoted" : "training.mail.confirmed";
        outbox.enqueue(
                        "ENROLMENT_CONFIRMED",
                        enrolment.getLearner().getEmail(),
                        text(key + ".subject", course.getTitle()),
                        text(key + ".text", enrolment.getLearner().getFullName(), course.getTitle(), courseUrl(course)),
                        null)
                .attach(course.getCode() + ".ics", CourseCalendar.MEDIA_TYPE, calendar(enrolment));
    }

    public void waitlisted(Enrolment enrolment, long position) {
        var course = enrolment.getCourse();
        outbox.enqueue(
                "ENROLMENT_WAITLISTED",
                enrolment.getLearner().getEmail(),
                text("training.mail.waitlisted.subject", course.getTitle()),
                text(
                        "training.mail.waitlisted.text",
                        enrolment.getLearner().getFullName(),
                        course.getTitle(),
                        position,
                        courseUrl(course)),
                null);
    }

    public void removed(Enrolment enrolment) {
        var course = enrolment.getCourse();
        outbox.enqueue(
                "ENROLMENT_REMOVED",
                enrolment.getLearner().getEmail(),
                text("training.mail.removed.subject", course.getTitle()),
                text("training.mail.removed.text", enrolment.getLearner().getFullName(), course.getTitle()),
                null);
    }

    public void completed(Enrolment enrolment) {
        var course = enrolment.getCourse();
        outbox.enqueue(
                "ENROLMENT_COMPLETED",
                enrolment.getLearner().getEmail(),
                text("training.mail.completed.subject", course.getTitle()),
                text(
                        "training.mail.completed.text",
                        enrolment.getLearner().getFullName(),
                        course.getTitle(),
                        site.getBaseUrl() + "/xac-minh/" + enrolment.getCertificateCode()),
                null);
    }

    public void message(Enrolment enrolment, String subject, String body) {
        outbox.enqueue("COURSE_MESSAGE", enrolment.getLearner().getEmail(), subject, body, null);
    }

    private byte[] calendar(Enrolment enrolment) {
        var course = enrolment.getCourse();
        String url = courseUrl(course);
        var events = course.getSessions().stream()
                .map(s -> CourseCalendar.Event.of(s, url))
                .toList();
        LocalDateTime nowUtc = clock.now()
                .atZone(clock.zone())
                .withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        return CourseCalendar.build(
                "ocop-enrolment-" + enrolment.getId(), host(), course.getTitle(), url, events, nowUtc);
    }

    private String courseUrl(Course course) {
        return site.getBaseUrl() + "/khoa-hoc/" + course.getCode();
    }

    private String host() {
        String host = URI.create(site.getBaseUrl()).getHost();
        return host == null ? "ocop-bentre.vn" : host;
    }

    private static String text(String key, Object... arguments) {
        return Messages.get(Language.VIETNAMESE, key, arguments);
    }
}

package vn.bentre.ocop.training.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.bentre.ocop.identity.entity.Account;
import vn.bentre.ocop.identity.entity.LearnerGroup;
import vn.bentre.ocop.identity.entity.Role;
import vn.bentre.ocop.platform.control.BusinessException;

class EnrolmentRulesTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

    static Account learner(LearnerGroup group) {
        var account = new Account("hv@example.vn", "Học viên", "x", Set.of(Role.LEARNER), NOW.minusDays(30));
        account.declareLearnerGroup(group);
        return account;
    }

    static Course course(CourseAudience audience, int capacity) {
        var trainer = new Account("gv@example.vn", "Giảng viên", "x", Set.of(Role.TRAINER), NOW.minusDays(30));
        var course = new Course(
                "quan-tri-k1", "Quản trị hợp tác xã", "Mô tả", "Quản trị", audience, trainer, capacity, 8, NOW);
        var day = NOW.toLocalDate().plusDays(10);
        course.addSession(day.atTime(7, 30), day.atTime(11, 30), "Hội trường xã Giồng Trôm", null);
        course.addSession(day.atTime(13, 30), day.atTime(17, 30), "Hội trường xã Giồng Trôm", null);
        course.addSession(day.plusDays(1).atTime(7, 30), day.plusDays(1).atTime(11, 30), "Hội trường", null);
        course.addSession(day.plusDays(1).atTime(13, 30), day.plusDays(1).atTime(17, 30), "Hội trường", null);
        course.addSession(day.plusDays(2).atTime(7, 30), day.plusDays(2).atTime(11, 30), "Hội trường", null);
        course.scheduleEnrolment(NOW.minusDays(1), NOW.plusDays(5), NOW.plusDays(7));
        course.open();
        long id = 1;
        for (var session : course.getSessions()) {
            numbered(session, id++);
        }
        return course;
    }

    /** Gives a session the id the database would (1, 2, … in the order added). */
    static void numbered(CourseSession session, long id) {
        try {
            var field = CourseSession.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(session, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After the last of {@link #course}'s sessions. */
    static final LocalDateTime AFTER_THE_COURSE = NOW.plusDays(13);

    static void refusedWith(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo(key);
    }

    @Test
    void enrolWithAFreeSeatConfirmsAtOnce() {
        var enrolment = course(CourseAudience.ANYONE, 2).admit(learner(null), 1, NOW);
        assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(enrolment.getConfirmedAt()).isEqualTo(NOW);
    }

    @Test
    void enrolWhenFullJoinsTheWaitingListInArrivalOrder() {
        var course = course(CourseAudience.ANYONE, 1);
        var first = course.admit(learner(null), 1, NOW);
        var second = course.admit(learner(null), 1, NOW);
        assertThat(first.getStatus()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(second.getStatus()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(second.getQueueNumber()).isGreaterThan(first.getQueueNumber());
    }

    @Test
    void enrolmentOnlyInsideTheWindow() {
        var course = course(CourseAudience.ANYONE, 5);
        refusedWith(() -> course.admit(learner(null), 0, NOW.minusDays(2)), "training.enrol.notYetOpen");
        refusedWith(() -> course.admit(learner(null), 0, NOW.plusDays(5)), "training.enrol.windowClosed");
        assertThat(course.admit(learner(null), 0, NOW.plusDays(5).minusSeconds(1))
                        .getStatus())
                .isEqualTo(EnrolmentStatus.CONFIRMED);
    }

    @Test
    void aCourseForOneAudienceRefusesOthersAndThoseWhoDidNotSay() {
        var course = course(CourseAudience.COOP_MANAGERS, 5);
        refusedWith(() -> course.admit(learner(LearnerGroup.OFFICIAL), 0, NOW), "training.enrol.audience");
        refusedWith(() -> course.admit(learner(null), 0, NOW), "training.enrol.audience");
        assertThat(course.admit(learner(LearnerGroup.COOP_MANAGER), 0, NOW).getStatus())
                .isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(course(CourseAudience.ANYONE, 5)
                        .admit(learner(LearnerGroup.OFFICIAL), 0, NOW)
                        .getStatus())
                .isEqualTo(EnrolmentStatus.CONFIRMED);
    }

    @Test
    void capacityZeroMeansClosedNotUnlimited() {
        refusedWith(() -> course(CourseAudience.ANYONE, 0).admit(learner(null), 0, NOW), "training.enrol.noSeats");
    }

    @Test
    void aCourseThatIsNotOpenTakesNobody() {
        var trainer = learner(null);
        var draft = new Course("k", "t", "d", "x", CourseAudience.ANYONE, trainer, 5, 4, NOW);
        refusedWith(() -> draft.admit(learner(null), 0, NOW), "training.enrol.notOpen");
    }

    @Test
    void capacityCannotGoBelowTheSeatsTakenAndMoreSeatsAreFreeToPromote() {
        var course = course(CourseAudience.ANYONE, 10);
        refusedWith(() -> course.changeCapacity(5, 6), "training.capacity.belowConfirmed");
        assertThat(course.getCapacity()).isEqualTo(10);
        assertThat(course.changeCapacity(12, 10)).isEqualTo(2);
        assertThat(course.changeCapacity(6, 6)).isZero();
    }

    @Test
    void cancellingIsPossibleOnlyBeforeTheCutOffAndEndsTheActiveEnrolment() {
        var course = course(CourseAudience.ANYONE, 5);
        var enrolment = course.admit(learner(null), 0, NOW);
        refusedWith(() -> enrolment.cancel(NOW.plusDays(7)), "training.cancel.afterCutoff");
        enrolment.cancel(NOW.plusDays(7).minusSeconds(1));
        assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.CANCELLED);
        assertThat(enrolment.getStatus().isActive()).isFalse();
        refusedWith(() -> enrolment.cancel(NOW), "training.enrolment.notActive");
    }

    @Test
    void promotionGivesTheWaitlistedASeat() {
        var course = course(CourseAudience.ANYONE, 1);
        var waiting = course.admit(learner(null), 1, NOW);
        waiting.promote(NOW.plusHours(1));
        assertThat(waiting.getStatus()).isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(waiting.getConfirmedAt()).isEqualTo(NOW.plusHours(1));
        var confirmed = course.admit(learner(null), 0, NOW);
        assertThatThrownBy(() -> confirmed.promote(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void completionNeedsEightyPercentOfSessionsAndAPassWhereThereIsAResult() {
        var course = course(CourseAudience.ANYONE, 5);
        var enrolment = course.admit(learner(null), 0, NOW);
        enrolment.recordAttendance(Set.of(1L, 2L, 3L), AFTER_THE_COURSE);
        assertThat(enrolment.completeIfEarned("CODE", NOW))
                .as("3 of 5 sessions")
                .isFalse();
        enrolment.recordAttendance(Set.of(1L, 2L, 3L, 4L), AFTER_THE_COURSE);
        course.completionRule(80, true);
        assertThat(enrolment.completeIfEarned("CODE", NOW)).as("no result yet").isFalse();
        enrolment.recordResult(CourseResult.PASSED);
        assertThat(enrolment.completeIfEarned("CODE", NOW)).isTrue();
        assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(enrolment.getCertificateCode()).isEqualTo("CODE");
        assertThat(enrolment.completeIfEarned("OTHER", NOW)).as("only once").isFalse();
    }

    @Test
    void waitlistedLearnersCannotHaveAttendance() {
        var course = course(CourseAudience.ANYONE, 1);
        var waiting = course.admit(learner(null), 1, NOW);
        refusedWith(() -> waiting.recordAttendance(Set.of(1L), AFTER_THE_COURSE), "training.enrolment.notActive");
    }

    @Test
    void attendanceIsRefusedForASessionThatHasNotBegunSoNoCertificateComesBeforeTheCourse() {
        var course = course(CourseAudience.ANYONE, 5);
        course.completionRule(20, false);
        var enrolment = course.admit(learner(null), 0, NOW);
        var firstStart = NOW.toLocalDate().plusDays(10).atTime(7, 30);

        assertThatThrownBy(() -> enrolment.recordAttendance(Set.of(1L), firstStart.minusMinutes(1)))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).getMessageKey()).isEqualTo("training.attendance.notStarted");
                    assertThat(((BusinessException) e).getArguments()).containsExactly("07:30 11/12/2026");
                });
        assertThat(enrolment.getAttendedSessions()).isEmpty();
        assertThat(enrolment.completeIfEarned("CODE", firstStart.minusMinutes(1)))
                .as("no certificate before the course")
                .isFalse();

        refusedWith(
                () -> enrolment.recordAttendance(Set.of(1L, 2L), firstStart.plusHours(1)),
                "training.attendance.notStarted");
        enrolment.recordAttendance(Set.of(1L), firstStart);
        assertThat(enrolment.getAttendedSessions()).containsExactly(1L);
        assertThat(enrolment.completeIfEarned("CODE", firstStart)).isTrue();
    }
}

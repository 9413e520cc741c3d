package vn.bentre.ocop.view.giangvien;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.omnifaces.util.Faces;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.training.boundary.Roster;
import vn.bentre.ocop.training.boundary.RosterService;
import vn.bentre.ocop.training.entity.CourseResult;
import vn.bentre.ocop.view.Pages;

/**
 * One course's roster for its trainer ({@code giang-vien/lop.xhtml?id=}): confirmed learners with attendance per
 * session and results, the waiting list in order, removal, seats, exports and a message to everyone enrolled.
 */
@Named
@ViewScoped
public class RosterBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient RosterService rosters;

    private long courseId;
    private transient Roster roster;
    private Map<Long, Map<Long, Boolean>> attendance = new HashMap<>();
    private Map<Long, CourseResult> results = new HashMap<>();
    private int capacity;
    private String subject;
    private String body;

    /** View action: reads {@code ?id=}; an unknown course or someone else's is a 404. */
    public void load() {
        if (Faces.isPostback()) {
            return;
        }
        try {
            courseId = Long.parseLong(Faces.getRequestParameter("id"));
        } catch (NumberFormatException | NullPointerException malformed) {
            Faces.responseSendError(404, "");
            return;
        }
        try {
            refresh();
        } catch (BusinessException unknownOrForeign) {
            // Someone else's course is as unknown as a course that does not exist (no 403 that confirms it).
            Faces.responseSendError(404, "");
        }
    }

    private void refresh() {
        roster = rosters.roster(courseId);
        capacity = roster.course().getCapacity();
        attendance = new HashMap<>();
        results = new HashMap<>();
        for (var row : roster.seated()) {
            var ticks = new HashMap<Long, Boolean>();
            roster.sessions().forEach(s -> ticks.put(s.getId(), row.attended().contains(s.getId())));
            attendance.put(row.enrolmentId(), ticks);
            results.put(row.enrolmentId(), row.result());
        }
    }

    public void saveProgress() {
        Map<Long, Set<Long>> attended = new HashMap<>();
        attendance.forEach((enrolment, ticks) -> {
            var present = new HashSet<Long>();
            ticks.forEach((session, tick) -> {
                if (Boolean.TRUE.equals(tick)) {
                    present.add(session);
                }
            });
            attended.put(enrolment, present);
        });
        try {
            int completed = rosters.recordProgress(courseId, attended, new HashMap<>(results));
            Pages.info("training.roster.progressSaved", completed);
        } catch (RuntimeException refused) {
            Pages.refusal("progress", refused);
        }
        refresh();
    }

    public void remove(long enrolmentId) {
        try {
            rosters.remove(enrolmentId);
            Pages.info("training.roster.removed");
        } catch (RuntimeException refused) {
            Pages.refusal("roster", refused);
        }
        refresh();
    }

    public void changeCapacity() {
        try {
            rosters.changeCapacity(courseId, capacity);
            Pages.info("training.roster.capacitySaved");
        } catch (RuntimeException refused) {
            Pages.refusal("seats", refused);
        }
        refresh();
    }

    public void sendMessage() {
        try {
            int sent = rosters.message(courseId, subject, body);
            Pages.info("training.roster.messageSent", sent);
            subject = null;
            body = null;
        } catch (RuntimeException refused) {
            Pages.refusal("message", refused);
        }
    }

    public Roster getRoster() {
        if (roster == null && courseId != 0) {
            roster = rosters.roster(courseId);
        }
        return roster;
    }

    public CourseResult[] getResultChoices() {
        return CourseResult.values();
    }

    public long getCourseId() {
        return courseId;
    }

    public Map<Long, Map<Long, Boolean>> getAttendance() {
        return attendance;
    }

    public Map<Long, CourseResult> getResults() {
        return results;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}

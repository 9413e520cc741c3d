package vn.bentre.ocop.view.giangvien;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.omnifaces.util.Faces;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.PortalClock;
import vn.bentre.ocop.training.boundary.CourseCatalogService;
import vn.bentre.ocop.training.boundary.CourseEditorService;
import vn.bentre.ocop.training.boundary.CourseForm;
import vn.bentre.ocop.training.entity.Course;
import vn.bentre.ocop.training.entity.CourseAudience;
import vn.bentre.ocop.training.entity.CourseStatus;
import vn.bentre.ocop.view.Pages;

/**
 * Create or change a course ({@code giang-vien/soan-khoa-hoc.xhtml}, {@code ?id=} to change one): details, seats,
 * completion rule, enrolment window and sessions (add and remove rows), then open the draft to enrolment.
 */
@Named
@ViewScoped
public class CourseEditorBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient CourseEditorService editor;

    @Inject
    transient PortalClock clock;

    @Inject
    transient CourseCatalogService catalogue;

    private Long id;
    private CourseStatus status;
    private String code;
    private String title;
    private String description;
    private String topic;
    private CourseAudience audience = CourseAudience.ANYONE;
    private int capacity = 30;
    private int hours = 8;
    private LocalDateTime enrolOpensAt;
    private LocalDateTime enrolClosesAt;
    private LocalDateTime cancelCutoffAt;
    private int attendancePercent = Course.DEFAULT_ATTENDANCE_PERCENT;
    private boolean resultRequired;
    private List<SessionRow> sessions = new ArrayList<>();
    private List<Long> materialIds = new ArrayList<>();
    private List<MaterialChoice> materials = List.of();

    /** A training material the course may link to. */
    public record MaterialChoice(Long id, String title) implements Serializable {}

    /** One editable session row. */
    public static class SessionRow implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        private Long id;
        private LocalDateTime startsAt;
        private LocalDateTime endsAt;
        private String venue;
        private String onlineLink;

        public Long getId() {
            return id;
        }

        public LocalDateTime getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(LocalDateTime startsAt) {
            this.startsAt = startsAt;
        }

        public LocalDateTime getEndsAt() {
            return endsAt;
        }

        public void setEndsAt(LocalDateTime endsAt) {
            this.endsAt = endsAt;
        }

        public String getVenue() {
            return venue;
        }

        public void setVenue(String venue) {
            this.venue = venue;
        }

        public String getOnlineLink() {
            return onlineLink;
        }

        public void setOnlineLink(String onlineLink) {
            this.onlineLink = onlineLink;
        }
    }

    /** View action: an existing course by {@code ?id=}, or a new one with a sensible window and one session. */
    public void load() {
        if (Faces.isPostback()) {
            return;
        }
        materials = catalogue.linkableMaterials().stream()
                .map(item -> new MaterialChoice(item.getId(), item.getTitle()))
                .toList();
        String param = Faces.getRequestParameter("id");
        if (param == null) {
            var now = clock.now().withSecond(0);
            enrolOpensAt = now;
            enrolClosesAt = now.plusDays(14).withHour(17).withMinute(0);
            cancelCutoffAt = enrolClosesAt.plusDays(1);
            addSession();
            sessions.getFirst().startsAt = enrolClosesAt.plusDays(3).withHour(7).withMinute(30);
            sessions.getFirst().endsAt = sessions.getFirst().startsAt.plusHours(4);
            return;
        }
        try {
            id = Long.valueOf(param);
            var editing = editor.edit(id);
            status = editing.status();
            var f = editing.form();
            code = f.code();
            title = f.title();
            description = f.description();
            topic = f.topic();
            audience = f.audience();
            capacity = f.capacity();
            hours = f.hours();
            enrolOpensAt = f.enrolOpensAt();
            enrolClosesAt = f.enrolClosesAt();
            cancelCutoffAt = f.cancelCutoffAt();
            attendancePercent = f.attendancePercent();
            resultRequired = f.resultRequired();
            materialIds = new ArrayList<>(f.materialIds());
            sessions = new ArrayList<>();
            for (var s : f.sessions()) {
                var row = new SessionRow();
                row.id = s.id();
                row.startsAt = s.startsAt();
                row.endsAt = s.endsAt();
                row.venue = s.venue();
                row.onlineLink = s.onlineLink();
                sessions.add(row);
            }
        } catch (NumberFormatException | BusinessException unknownOrForeign) {
            // Malformed, unknown or someone else's course: all the same 404.
            Faces.responseSendError(404, "");
        }
    }

    public void addSession() {
        var row = new SessionRow();
        if (!sessions.isEmpty()) {
            var last = sessions.getLast();
            row.startsAt = last.startsAt == null ? null : last.startsAt.plusDays(1);
            row.endsAt = last.endsAt == null ? null : last.endsAt.plusDays(1);
            row.venue = last.venue;
            row.onlineLink = last.onlineLink;
        }
        sessions.add(row);
    }

    public void removeSession(SessionRow row) {
        sessions.remove(row);
    }

    public void save() throws IOException {
        var form = new CourseForm(
                code,
                title,
                description,
                topic,
                audience,
                capacity,
                hours,
                enrolOpensAt,
                enrolClosesAt,
                cancelCutoffAt,
                attendancePercent,
                resultRequired,
                sessions.stream()
                        .map(s -> new CourseForm.Session(s.id, s.startsAt, s.endsAt, s.venue, s.onlineLink))
                        .toList(),
                Set.copyOf(materialIds));
        try {
            if (id == null) {
                long created = editor.create(form);
                Pages.info("training.editor.created");
                Pages.keepMessages();
                Faces.redirect(Faces.getRequestContextPath() + "/giang-vien/soan-khoa-hoc?id=" + created);
            } else {
                editor.update(id, form);
                Pages.info("training.editor.saved");
                Pages.keepMessages();
                Faces.redirect(Faces.getRequestContextPath() + "/giang-vien/soan-khoa-hoc?id=" + id);
            }
        } catch (RuntimeException refused) {
            Pages.refusal("course", refused);
        }
    }

    public void open() throws IOException {
        try {
            editor.open(id);
            Pages.info("training.editor.opened");
            Pages.keepMessages();
            Faces.redirect(Faces.getRequestContextPath() + "/giang-vien/soan-khoa-hoc?id=" + id);
        } catch (RuntimeException refused) {
            Pages.refusal("course", refused);
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isDraft() {
        return status == CourseStatus.DRAFT;
    }

    public CourseAudience[] getAudiences() {
        return CourseAudience.values();
    }

    public Long getId() {
        return id;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public CourseAudience getAudience() {
        return audience;
    }

    public void setAudience(CourseAudience audience) {
        this.audience = audience;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public int getHours() {
        return hours;
    }

    public void setHours(int hours) {
        this.hours = hours;
    }

    public LocalDateTime getEnrolOpensAt() {
        return enrolOpensAt;
    }

    public void setEnrolOpensAt(LocalDateTime enrolOpensAt) {
        this.enrolOpensAt = enrolOpensAt;
    }

    public LocalDateTime getEnrolClosesAt() {
        return enrolClosesAt;
    }

    public void setEnrolClosesAt(LocalDateTime enrolClosesAt) {
        this.enrolClosesAt = enrolClosesAt;
    }

    public LocalDateTime getCancelCutoffAt() {
        return cancelCutoffAt;
    }

    public void setCancelCutoffAt(LocalDateTime cancelCutoffAt) {
        this.cancelCutoffAt = cancelCutoffAt;
    }

    public int getAttendancePercent() {
        return attendancePercent;
    }

    public void setAttendancePercent(int attendancePercent) {
        this.attendancePercent = attendancePercent;
    }

    public boolean isResultRequired() {
        return resultRequired;
    }

    public void setResultRequired(boolean resultRequired) {
        this.resultRequired = resultRequired;
    }

    public List<Long> getMaterialIds() {
        return materialIds;
    }

    public void setMaterialIds(List<Long> materialIds) {
        this.materialIds = materialIds == null ? new ArrayList<>() : new ArrayList<>(materialIds);
    }

    public List<MaterialChoice> getMaterials() {
        return materials;
    }

    public List<SessionRow> getSessions() {
        return sessions;
    }
}

package vn.bentre.ocop.view.canhan;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import vn.bentre.ocop.training.boundary.EnrolmentService;
import vn.bentre.ocop.training.boundary.MyEnrolment;
import vn.bentre.ocop.view.Pages;

/**
 * "My courses" ({@code ca-nhan/khoa-hoc.xhtml}): upcoming (confirmed), waitlisted with the place in the queue,
 * completed with the certificate; cancel from here.
 */
@Named
@ViewScoped
public class MyCoursesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    EnrolmentService enrolments;

    private List<MyEnrolment> all = List.of();
    private LocalDateTime now;

    @PostConstruct
    void load() {
        all = enrolments.mine();
        now = enrolments.now();
    }

    public void cancel(long enrolmentId) {
        try {
            enrolments.cancel(enrolmentId);
            Pages.info("training.cancel.done");
        } catch (RuntimeException refused) {
            Pages.refusal("courses", refused);
        }
        load();
    }

    public List<MyEnrolment> getUpcoming() {
        return all.stream().filter(MyEnrolment::isConfirmed).toList();
    }

    public List<MyEnrolment> getWaitlisted() {
        return all.stream().filter(MyEnrolment::isWaitlisted).toList();
    }

    public List<MyEnrolment> getCompleted() {
        return all.stream().filter(MyEnrolment::isCompleted).toList();
    }

    public boolean cancellable(MyEnrolment enrolment) {
        return enrolment.cancellableAt(now);
    }
}

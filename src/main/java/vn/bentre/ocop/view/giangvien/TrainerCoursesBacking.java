package vn.bentre.ocop.view.giangvien;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.bentre.ocop.training.boundary.CourseRow;
import vn.bentre.ocop.training.boundary.RosterService;

/** A trainer's courses ({@code giang-vien/khoa-hoc.xhtml}; every course for an administrator). */
@Named
@RequestScoped
public class TrainerCoursesBacking {

    @Inject
    RosterService rosters;

    private List<CourseRow> courses;

    @PostConstruct
    void load() {
        courses = rosters.myCourses();
    }

    public List<CourseRow> getCourses() {
        return courses;
    }
}

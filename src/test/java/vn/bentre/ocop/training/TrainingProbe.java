package vn.bentre.ocop.training;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.bentre.ocop.identity.entity.LearnerGroup;
import vn.bentre.ocop.training.entity.CourseAudience;

/** Test only, deployed with {@code EnrolmentIT}: the fixtures of {@link TrainingFixtures} over HTTP. */
@WebServlet("/test/training")
public class TrainingProbe extends HttpServlet {

    @Inject
    TrainingFixtures fixtures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String group = request.getParameter("group");
        String result = switch (request.getParameter("op")) {
            case "course" ->
                String.valueOf(fixtures.course(
                        request.getParameter("code"),
                        Integer.parseInt(request.getParameter("capacity")),
                        CourseAudience.valueOf(request.getParameter("audience")),
                        Integer.parseInt(request.getParameter("sessions")),
                        request.getParameter("begun") == null ? 0 : Integer.parseInt(request.getParameter("begun"))));
            case "learners" -> {
                fixtures.learners(
                        request.getParameter("prefix"),
                        Integer.parseInt(request.getParameter("n")),
                        group == null ? null : LearnerGroup.valueOf(group));
                yield "ok";
            }
            case "state" -> fixtures.state(Long.parseLong(request.getParameter("course")));
            default -> throw new IllegalArgumentException("unknown op");
        };
        response.getWriter().print(result);
    }
}

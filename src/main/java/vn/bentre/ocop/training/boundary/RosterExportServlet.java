package vn.bentre.ocop.training.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.bentre.ocop.platform.control.BusinessException;

/**
 * A roster as a file: {@code /giang-vien/danh-sach?khoa=<course id>&dang=csv|xlsx} (in the trainers' folder; the
 * service checks the course is the caller's). Someone else's course is a 403, an unknown one a 404.
 */
@WebServlet("/giang-vien/danh-sach")
public class RosterExportServlet extends HttpServlet {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RosterService rosters;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long courseId;
        try {
            courseId = Long.parseLong(request.getParameter("khoa"));
        } catch (NumberFormatException malformed) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean xlsx = "xlsx".equals(request.getParameter("dang"));
        byte[] bytes;
        try {
            bytes = xlsx ? rosters.xlsx(courseId) : rosters.csv(courseId);
        } catch (RuntimeException thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof BusinessException refusal) {
                    response.sendError(
                            refusal.getKind() == BusinessException.Kind.FORBIDDEN
                                    ? HttpServletResponse.SC_FORBIDDEN
                                    : HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
            }
            throw thrown;
        }
        response.setContentType(xlsx ? XLSX : "text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"danh-sach-lop-" + courseId + (xlsx ? ".xlsx" : ".csv") + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}

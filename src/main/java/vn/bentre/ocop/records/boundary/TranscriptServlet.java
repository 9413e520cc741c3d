package vn.bentre.ocop.records.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.bentre.ocop.platform.control.BusinessException;
import vn.bentre.ocop.platform.control.Language;

/**
 * The PDF transcript: {@code /ca-nhan/bang-diem} is the caller's own, {@code ?nguoi=<id>} someone else's when the
 * caller may read their record (the service decides; otherwise 404). Under {@code /ca-nhan}, so only signed-in
 * people reach it.
 */
@WebServlet("/ca-nhan/bang-diem")
public class TranscriptServlet extends HttpServlet {

    @Inject
    RecordService records;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String person = request.getParameter("nguoi");
        byte[] pdf;
        try {
            pdf = person == null
                    ? records.myTranscript(language.getLocale())
                    : records.transcript(Long.parseLong(person), language.getLocale());
        } catch (NumberFormatException notAnId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (BusinessException refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"ho-so-boi-duong.pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}

package vn.bentre.ocop.training.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.bentre.ocop.platform.control.BusinessException;

/**
 * A learner's own certificate as a PDF: {@code /ca-nhan/chung-nhan?ma=<enrolment id>} (inside the learners'
 * folder, so the container asks for a sign-in first). Someone else's or an unknown enrolment is a 404.
 */
@WebServlet("/ca-nhan/chung-nhan")
public class CertificateServlet extends HttpServlet {

    @Inject
    CertificateService certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("ma"));
        } catch (NumberFormatException | NullPointerException malformed) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = certificates.pdfOfMine(id);
        } catch (RuntimeException thrown) {
            if (rootIsRefusal(thrown)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw thrown;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"giay-chung-nhan-" + id + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private static boolean rootIsRefusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException) {
                return true;
            }
        }
        return false;
    }
}

package vn.bentre.ocop.content.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.bentre.ocop.content.boundary.FileDeliveryService.StoredFile;
import vn.bentre.ocop.content.control.FileNames;
import vn.bentre.ocop.platform.control.RoleNames;

/**
 * Serves uploaded files at {@code /tep/{key}/{file-name}} with the type detected at upload, never sniffed by the
 * browser. A key never changes content, so public files are cached for a year with the key as ETag; files of
 * items that are not public are sent only to staff, and never cached by shared caches. Opens no session.
 */
@WebServlet(name = "files", urlPatterns = "/tep/*")
public class FileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FileDeliveryService files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null
                ? new String[0]
                : request.getPathInfo().split("/");
        if (parts.length != 3) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean staff = request.isUserInRole(RoleNames.EDITOR)
                || request.isUserInRole(RoleNames.TRAINER)
                || request.isUserInRole(RoleNames.ADMIN);
        var publicFile = files.publicFile(parts[1]);
        Optional<StoredFile> found = publicFile.isPresent() || !staff ? publicFile : files.anyFile(parts[1]);
        if (found.isEmpty() || !found.get().fileName().equals(parts[2])) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var file = found.get();
        String etag = "\"" + file.key() + "\"";
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("ETag", etag);
        response.setHeader(
                "Cache-Control", publicFile.isPresent() ? "public, max-age=31536000, immutable" : "private, no-store");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        // The portal's filters set UTF-8 on every response; a charset on a PDF or an image is wrong, so drop it.
        response.setCharacterEncoding((String) null);
        response.setContentType(file.mediaType());
        response.setHeader(
                "Content-Disposition",
                FileNames.contentDisposition(file.inline(), file.originalName(), file.fileName()));
        response.setContentLength(file.bytes().length);
        response.getOutputStream().write(file.bytes());
    }
}

package vn.bentre.ocop.platform.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import vn.bentre.ocop.platform.control.Language;

/**
 * The language switch: {@code /ngon-ngu?lang=en&next=/tin-tuc} remembers the choice in a cookie and goes back to
 * the page the reader came from. Only local paths are accepted as {@code next}, so the link cannot be abused to
 * redirect elsewhere.
 */
@WebServlet("/ngon-ngu")
public class LanguageServlet extends HttpServlet {

    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var cookie = new Cookie(
                Language.COOKIE, Language.fromTag(request.getParameter("lang")).getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.sendRedirect(request.getContextPath() + localPath(request.getParameter("next")));
    }

    static String localPath(String next) {
        boolean local = next != null
                && next.startsWith("/")
                && !next.startsWith("//")
                && !next.contains("\\")
                && next.chars().noneMatch(Character::isISOControl);
        return local ? next : "/";
    }
}

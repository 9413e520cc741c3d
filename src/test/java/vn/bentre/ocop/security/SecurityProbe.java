package vn.bentre.ocop.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Test only, deployed with the security ITs: {@link SecurityFixtures} over HTTP, one {@code key=value} a line. */
@WebServlet("/test/security-fixtures")
public class SecurityProbe extends HttpServlet {

    @Inject
    SecurityFixtures fixtures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        var out = response.getWriter();
        fixtures.prepare().forEach((key, value) -> out.println(key + "=" + value));
    }
}

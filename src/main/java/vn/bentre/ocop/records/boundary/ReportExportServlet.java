package vn.bentre.ocop.records.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import vn.bentre.ocop.platform.control.Language;
import vn.bentre.ocop.records.control.ReportFiles;
import vn.bentre.ocop.records.control.ReportTable;

/**
 * A report as a file: {@code /quan-tri/bao-cao/tai-ve?bang=nguoi|khoa&theo=&nam=&dinh-dang=csv|xlsx|pdf}. The same
 * parameters as the report page give the same table, so the file holds exactly what the page showed. Anything
 * malformed is a 404.
 */
@WebServlet("/quan-tri/bao-cao/tai-ve")
public class ReportExportServlet extends HttpServlet {

    @Inject
    ReportService reports;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var format = parse(ReportFiles.Format.class, request.getParameter("dinh-dang"));
        var year = year(request.getParameter("nam"));
        if (format.isEmpty() || year == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Integer chosenYear = year.orElse(null);
        Locale locale = language.getLocale();
        ReportTable table;
        String name;
        switch (String.valueOf(request.getParameter("bang"))) {
            case "nguoi" -> {
                var dimension = parse(ReportService.Dimension.class, request.getParameter("theo"))
                        .orElse(ReportService.Dimension.COMMUNE);
                table = reports.trainedPeople(dimension, chosenYear, locale);
                name = "nguoi-duoc-dao-tao";
            }
            case "khoa" -> {
                table = reports.courseRates(chosenYear, locale);
                name = "khoa-hoc";
            }
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        byte[] file = ReportFiles.write(table, format.get());
        String fileName = name + (chosenYear == null ? "" : "-" + chosenYear) + "." + format.get().extension;
        response.setContentType(format.get().contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** Empty for "every year", null for a malformed year. */
    private static Optional<Integer> year(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return value.matches("(19|20)\\d{2}") ? Optional.of(Integer.valueOf(value)) : null;
    }
}

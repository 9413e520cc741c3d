package vn.bentre.ocop.records.control;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * A report as it is shown: a title, column headings and rows of cells already formatted for reading. Pages render
 * it and the exports write exactly it, so a CSV, XLSX or PDF always holds what was on the screen.
 */
public record ReportTable(String title, List<String> headers, List<List<String>> rows) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}

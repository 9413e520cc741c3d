package vn.bentre.ocop.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Chart.js configurations for {@code p:chart} (PrimeFaces renders the JSON into its widget script, which carries the
 * page's CSP nonce: no inline script of our own). Colours follow the portal's palette; animations are off so that
 * the page is the same for everyone, including those who prefer reduced motion. Category labels longer than a
 * short line are broken into several lines (Chart.js draws an array label one element per line): a long
 * indicator name on a bar chart's axis was otherwise cut off.
 */
public final class ChartJson {

    static final String GREEN = "#1f7a4d";
    static final String[] PALETTE = {"#1f7a4d", "#d99a1e", "#6b8f2a"};
    /** The longest line of an axis label, in characters. */
    static final int LABEL_LINE = 22;

    private ChartJson() {}

    public static String horizontalBar(List<String> labels, String series, List<Number> values, int max) {
        var options = baseOptions()
                .add("indexAxis", "y")
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add(
                                        "x",
                                        Json.createObjectBuilder()
                                                .add("beginAtZero", true)
                                                .add("suggestedMax", max))
                                .add(
                                        "y",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "ticks",
                                                        Json.createObjectBuilder()
                                                                .add("autoSkip", false))));
        // One bar per label, each label on up to three lines: room for them rather than Chart.js' default 2:1.
        options.add("aspectRatio", labels.size() > 4 ? 1 : 1.5);
        return config("bar", labels, dataset(series, values).add("backgroundColor", GREEN), options);
    }

    public static String bar(List<String> labels, String series, List<Number> values) {
        var options = baseOptions()
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)));
        return config("bar", labels, dataset(series, values).add("backgroundColor", GREEN), options);
    }

    public static String doughnut(List<String> labels, List<Number> values) {
        var colours = Json.createArrayBuilder();
        for (String colour : PALETTE) {
            colours.add(colour);
        }
        return config("doughnut", labels, dataset("", values).add("backgroundColor", colours), baseOptions());
    }

    private static JsonObjectBuilder baseOptions() {
        return Json.createObjectBuilder().add("animation", false).add("responsive", true);
    }

    private static JsonObjectBuilder dataset(String label, List<Number> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Number value : values) {
            data.add(new BigDecimal(value.toString()));
        }
        return Json.createObjectBuilder().add("label", label).add("data", data);
    }

    private static String config(
            String type, List<String> labels, JsonObjectBuilder dataset, JsonObjectBuilder options) {
        var labelArray = Json.createArrayBuilder();
        for (String label : labels) {
            List<String> lines = lines(label, LABEL_LINE);
            if (lines.size() == 1) {
                labelArray.add(lines.get(0));
            } else {
                var multiLine = Json.createArrayBuilder();
                lines.forEach(multiLine::add);
                labelArray.add(multiLine);
            }
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labelArray)
                                .add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", options)
                .build()
                .toString();
    }

    /** The label broken at spaces into lines of at most {@code width} characters (a longer word stays whole). */
    static List<String> lines(String label, int width) {
        List<String> lines = new ArrayList<>();
        var line = new StringBuilder();
        for (String word : label.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}

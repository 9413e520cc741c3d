package vn.bentre.ocop.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, as the npm registry publishes it (the build unpacks it into {@code target/axe-core}), run in the page a
 * browser shows. Only WCAG 2.x A/AA rules and axe's best practices that it rates; nothing is switched off.
 */
final class Axe {

    /** Impacts that fail a journey; moderate and minor findings are written to the journey's report only. */
    static final List<String> FAILING = List.of("critical", "serious");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
                .then(r => done(r.violations.map(v => ({
                    rule: v.id, impact: v.impact || 'unknown', help: v.help, helpUrl: v.helpUrl,
                    targets: v.nodes.map(n => n.target.join(' ')) }))))
                .catch(e => done('axe failed: ' + e));
            """;

    private static String source;

    /** One rule broken on one page, with the elements that break it. */
    record Violation(String page, String rule, String impact, String help, String helpUrl, List<String> targets) {

        boolean failing() {
            return FAILING.contains(impact);
        }

        String describe() {
            return "[" + impact + "] " + rule + " on " + page + ": " + help + " (" + helpUrl + ")\n      at "
                    + String.join("\n      at ", targets);
        }
    }

    private Axe() {}

    @SuppressWarnings("unchecked")
    static List<Violation> check(WebDriver driver, String page) {
        var js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
        Object result = js.executeAsyncScript(RUN);
        if (!(result instanceof List<?> found)) {
            throw new IllegalStateException(page + ": " + result);
        }
        return found.stream()
                .map(v -> (Map<String, Object>) v)
                .map(v -> new Violation(
                        page,
                        (String) v.get("rule"),
                        (String) v.get("impact"),
                        (String) v.get("help"),
                        (String) v.get("helpUrl"),
                        (List<String>) v.get("targets")))
                .toList();
    }

    private static synchronized String source() {
        if (source == null) {
            var file = Path.of(System.getProperty("browser.axe", "target/axe-core/package/axe.min.js"));
            if (!Files.isReadable(file)) {
                throw new IllegalStateException("axe-core is not at " + file + ": run the browser tests through Maven"
                        + " (./mvnw verify), whose pre-integration-test phase fetches it from the npm registry");
            }
            try {
                source = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}

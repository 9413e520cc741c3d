package vn.bentre.ocop.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * One journey through the portal by one or more people, each in their own browser. Its steps are numbered across
 * the people, saved as {@code target/browser-screenshots/<journey>/<nn>-<person>-<step>.png}, and every page a step
 * shows is checked with axe-core; closing the journey fails it if any page had a serious or critical accessibility
 * violation, listing them all (rule, help, the elements). All findings, of every impact, are also written to
 * {@code accessibility.txt} beside the screenshots. On a phone every step's page must also fit the screen's width:
 * a page that scrolls sideways fails the journey too (issue 10).
 */
public final class Journey implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Journey.class.getName());

    private final String name;
    private final URI base;
    private final Path folder;
    private final List<Browser> browsers = new ArrayList<>();
    private final Map<String, Axe.Violation> findings = new LinkedHashMap<>();
    private final List<String> tooWide = new ArrayList<>();
    private int steps;

    private Journey(String name, URI base, Path folder) {
        this.name = name;
        this.base = base;
        this.folder = folder;
    }

    /** Starts a journey against the portal at {@code base}; its screenshots replace those of an earlier run. */
    public static Journey start(String name, URL base) {
        var folder = Path.of(System.getProperty("browser.screenshots", "target/browser-screenshots"), name);
        try {
            if (Files.isDirectory(folder)) {
                try (var old = Files.list(folder)) {
                    for (var file : old.toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(folder);
            return new Journey(name, base.toURI(), folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A person joining the journey with a browser of their own (fresh profile, no cookies). */
    public Browser person(String who, Browser.Screen screen) {
        var browser = new Browser(this, who, base, screen);
        browsers.add(browser);
        return browser;
    }

    void record(Browser browser, String step) {
        steps++;
        var file = folder.resolve("%02d-%s-%s.png".formatted(steps, slug(browser.person()), slug(step)));
        try {
            Files.write(file, browser.screenshot());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (browser.screen() == Browser.Screen.PHONE) {
            long overflow = browser.sidewaysOverflow();
            if (overflow > 0) {
                tooWide.add(browser.path() + " (step " + steps + ", " + overflow + " px wider than the screen)");
            }
        }
        for (var violation : browser.accessibility()) {
            for (var target : violation.targets()) {
                findings.putIfAbsent(violation.rule() + " " + violation.page() + " " + target, violation);
            }
        }
    }

    @Override
    public void close() {
        try {
            browsers.forEach(Browser::close);
        } finally {
            report();
        }
    }

    private void report() {
        var distinct = findings.values().stream().distinct().toList();
        var text = distinct.stream().map(Axe.Violation::describe).collect(Collectors.joining("\n"));
        try {
            Files.writeString(
                    folder.resolve("accessibility.txt"),
                    distinct.isEmpty() ? "axe-core found nothing on the " + steps + " steps of this journey.\n" : text,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var failing = distinct.stream().filter(Axe.Violation::failing).toList();
        if (!distinct.isEmpty()) {
            LOG.info(() -> "Journey " + name + ": " + distinct.size() + " accessibility findings, " + failing.size()
                    + " serious or critical; see " + folder.resolve("accessibility.txt"));
        }
        if (!tooWide.isEmpty()) {
            throw new AssertionError(
                    "Journey “" + name + "”: pages wider than the phone's screen:\n  " + String.join("\n  ", tooWide));
        }
        if (!failing.isEmpty()) {
            throw new AssertionError("Journey “" + name + "”: " + failing.size()
                    + " serious or critical accessibility violations (axe-core):\n  "
                    + failing.stream().map(Axe.Violation::describe).collect(Collectors.joining("\n  ")));
        }
    }

    private static String slug(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }
}

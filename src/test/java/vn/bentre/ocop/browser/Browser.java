package vn.bentre.ocop.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium, driven the way that person would: open an address, click what is written on a
 * link or button, type into the field with that label, and expect to read something. Elements are found by what a
 * person sees (visible text, label, accessible name), never by the portal's ids, so a journey fails when a person
 * could not do it. {@link #step} saves a screenshot and runs the accessibility check on the page shown.
 */
public final class Browser implements AutoCloseable {

    /** The screen the person uses. */
    public enum Screen {
        DESKTOP,
        /** A 375 px wide phone (Chrome's device emulation), where the main menu is collapsed. */
        PHONE
    }

    private static final String BUTTONS = "button, input[type=submit], input[type=button], [role=button]";

    /**
     * How long a person waits for what they expect before the journey fails. Every wait polls the page's own signal
     * (the text, heading or field appearing) and ends as soon as it shows, so this is only the limit for a page that
     * never shows it: generous, because a 2-core machine under load (load average 20) took over 20 s for a rating
     * to come back from an Ajax save.
     */
    private static final Duration WAIT = Duration.ofSeconds(90);

    /** The heading of the portal's page for a server error (500), in both languages. */
    private static final java.util.Set<String> SERVER_ERROR_TITLES =
            java.util.Set.of(bundleText("vi", "error.500.title"), bundleText("en", "error.500.title"));

    private final Journey journey;
    private final String person;
    private final URI base;
    private final Screen screen;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    Browser(Journey journey, String person, URI base, Screen screen) {
        this.journey = journey;
        this.person = person;
        this.base = base;
        this.screen = screen;
        try {
            this.profile = Files.createTempDirectory("ocop-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.driver = Chromium.start(screen, profile);
        this.wait = new WebDriverWait(driver, WAIT);
        // a page being replaced under a lookup is a reason to look again, not a failure
        wait.ignoring(StaleElementReferenceException.class, WebDriverException.class);
    }

    // --- what a person does

    /** Types an address into the address bar. */
    public Browser open(String path) {
        driver.get(base.resolve(path.startsWith("/") ? path.substring(1) : path).toString());
        return this;
    }

    /** Clicks the visible link with this text (or accessible name). */
    public Browser clickLink(String text) {
        click("a[href]", text, null, "link");
        return this;
    }

    /** Clicks the link with this text inside the landmark or region with this accessible name. */
    public Browser clickLinkIn(String region, String text) {
        click("a[href]", text, inRegion(region), "link in “" + region + "”");
        return this;
    }

    /** Clicks the visible button with this text (or accessible name). */
    public Browser clickButton(String text) {
        click(BUTTONS, text, null, "button");
        return this;
    }

    /** Clicks the visible button with this text inside the landmark or region with this accessible name. */
    public Browser clickButtonIn(String region, String text) {
        click(BUTTONS, text, inRegion(region), "button in “" + region + "”");
        return this;
    }

    /** Clicks the link with this text in the table row that shows {@code rowText} (in one of its cells). */
    public Browser clickLinkInRow(String rowText, String text) {
        click("a[href]", text, inRow(rowText), "link in the row “" + rowText + "”");
        return this;
    }

    /** Clicks the button with this text in the table row that shows {@code rowText}. */
    public Browser clickButtonInRow(String rowText, String text) {
        click(BUTTONS, text, inRow(rowText), "button in the row “" + rowText + "”");
        return this;
    }

    /** Types into the field this label names (its previous value is cleared). */
    public Browser type(String label, String text) {
        var field = field(label, null);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Types into the field this label names inside the region with this accessible name. */
    public Browser typeIn(String region, String label, String text) {
        var field = field(label, inRegion(region));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Sets the date-and-time field this label names to {@code value} ({@code 2026-12-05T07:30}) as its picker does:
     * typing into a {@code datetime-local} field follows the browser's locale, picking does not.
     */
    public Browser pick(String label, String value) {
        var field = field(label, null);
        js(
                "arguments[0].value = arguments[1];"
                        + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                field,
                value);
        return this;
    }

    /** Clicks into the field this label names (a rich-text editor too), to type with {@link #keys}. */
    public Browser clickInto(String label) {
        field(label, null).click();
        return this;
    }

    /** Types on the keyboard, wherever the focus is. */
    public Browser keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Chooses the option with this visible text in the select list this label names. */
    public Browser choose(String label, String option) {
        new Select(field(label, null)).selectByVisibleText(option);
        return this;
    }

    /** Chooses an option in the select list this label names inside the region with this accessible name. */
    public Browser chooseIn(String region, String label, String option) {
        new Select(field(label, inRegion(region))).selectByVisibleText(option);
        return this;
    }

    /** Ticks the check box this label names. */
    public Browser tick(String label) {
        var box = field(label, null);
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** Picks a file for the file field this label names. */
    public Browser attach(String label, Path file) {
        field(label, null).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    // --- what a person sees

    /** Waits until the page shows this text. */
    public Browser expectText(String text) {
        waitFor("the text “" + text + "”", d -> bodyText().contains(text));
        return this;
    }

    /** Waits until the page no longer shows this text (a list narrowed by a filter, say). */
    public Browser expectNoText(String text) {
        waitFor("the text “" + text + "” to go", d -> !bodyText().contains(text));
        return this;
    }

    /** Waits until the page's main heading (h1) is this text. */
    public Browser expectHeading(String text) {
        waitFor("the heading “" + text + "”", d -> text.equals(heading()));
        return this;
    }

    /** Whether the page shows this text now. */
    public boolean shows(String text) {
        return bodyText().contains(text);
    }

    /** Whether a link with this text is visible now in the region with this accessible name. */
    public boolean seesLinkIn(String region, String text) {
        return !matches("a[href]", text, region(region)).isEmpty();
    }

    /** The texts of the cells (th and td) of the table row that shows {@code rowText}, in order. */
    public List<String> cellsOfRow(String rowText) {
        @SuppressWarnings("unchecked")
        var texts = (List<String>)
                js("return [...arguments[0].cells].map(c => c.innerText.replace(/\\s+/g, ' ').trim());", row(rowText));
        return texts;
    }

    /** The address the link with this text in the table row that shows {@code rowText} leads to. */
    public URI hrefInRow(String rowText, String text) {
        return URI.create(find("a[href]", text, inRow(rowText), "link in the row “" + rowText + "”")
                .getDomProperty("href"));
    }

    /** What the browser receives from this address, with its cookies (as when it follows a download link). */
    @SuppressWarnings("unchecked")
    public Download download(URI address) {
        var got = (Map<String, Object>)
                ((JavascriptExecutor) driver).executeAsyncScript(Lookups.FETCH, address.toString());
        return new Download(
                ((Number) got.get("status")).intValue(),
                (String) got.get("type"),
                Base64.getDecoder().decode((String) got.get("body")));
    }

    /** A file the browser received: its status, Content-Type and bytes. */
    public record Download(int status, String contentType, byte[] body) {}

    /** The main heading (h1) shown. */
    public String heading() {
        return (String) js("const h = document.querySelector('h1'); return h ? h.innerText.trim() : '';");
    }

    /** The visible texts of the links inside the region with this accessible name, or this CSS selector. */
    public List<String> linksIn(String region) {
        @SuppressWarnings("unchecked")
        var texts = (List<String>) js(
                "const root = arguments[0];"
                        + "return [...root.querySelectorAll('a[href]')].filter(e => e.getClientRects().length > 0)"
                        + ".map(e => e.textContent.replace(/\\s+/g, ' ').trim());",
                region(region));
        return texts;
    }

    /** The address a visible link with this text leads to. */
    public URI hrefOf(String text) {
        return URI.create(find("a[href]", text, null, "link").getDomProperty("href"));
    }

    /** The texts of the elements this CSS selector finds inside the page's main content. */
    public List<String> textsOf(String selector) {
        @SuppressWarnings("unchecked")
        var texts = (List<String>) js(
                "return [...document.querySelectorAll('main ' + arguments[0])]"
                        + ".map(e => e.textContent.replace(/\\s+/g, ' ').trim());",
                selector);
        return texts;
    }

    /** Whether an image with this text alternative is shown, loaded and not broken. */
    public boolean seesImage(String alt) {
        return Boolean.TRUE.equals(js(
                "return [...document.images].some(i => i.alt === arguments[0] && i.complete && i.naturalWidth > 0"
                        + " && i.getClientRects().length > 0);",
                alt));
    }

    /** The addresses of the feeds the page advertises to feed readers (link rel=alternate in its head). */
    public List<URI> advertisedFeeds(String type) {
        @SuppressWarnings("unchecked")
        var hrefs = (List<String>) js(
                "return [...document.querySelectorAll('link[rel=alternate]')]"
                        + ".filter(l => l.type === arguments[0]).map(l => l.href);",
                type);
        return hrefs.stream().map(URI::create).toList();
    }

    /** The language the page declares ({@code <html lang>}). */
    public String language() {
        return (String) js("return document.documentElement.lang;");
    }

    /** The path (and query) of the page shown. */
    public String path() {
        var uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public Screen screen() {
        return screen;
    }

    /**
     * The errors the browser's console reported since the last call (a blocked inline script is one: "Refused to
     * execute inline script because it violates the following Content Security Policy directive ...").
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** How the page was last fetched: 200, or 304 when the browser showed its kept copy after asking. */
    public long navigationStatus() {
        return ((Number) js("var n = performance.getEntriesByType('navigation')[0];"
                        + " return n.transferSize > 0 && n.transferSize < n.encodedBodySize ? 304 : 200;"))
                .longValue();
    }

    /**
     * The number of Chart.js charts drawn on the page: a canvas with its Chart instance and at least one painted
     * pixel (waits for them, at most the usual wait, and answers what it found then).
     */
    public long chartsDrawn(int expected) {
        String count = "var n = 0; document.querySelectorAll('canvas').forEach(function (c) {"
                + " var chart = window.Chart && Chart.getChart ? Chart.getChart(c) : null;"
                + " if (!chart || !c.width || !c.height) return;"
                + " var px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " for (var i = 3; i < px.length; i += 4) { if (px[i] !== 0) { n++; return; } } });"
                + " return n;";
        try {
            wait.until(d -> ((Number) js(count)).intValue() >= expected);
        } catch (TimeoutException drawnFewer) {
            // answered below
        }
        return ((Number) js(count)).longValue();
    }

    // --- the record of the journey

    /**
     * Marks a step of the journey: waits for the page to settle, saves a screenshot of the whole page as
     * {@code <nn>-<person>-<name>.png} and checks the page with axe-core.
     */
    public Browser step(String name) {
        waitFor("the page to load", d -> "complete".equals(js("return document.readyState;")));
        journey.record(this, name);
        return this;
    }

    String person() {
        return person;
    }

    byte[] screenshot() {
        return Chromium.screenshot(driver);
    }

    List<Axe.Violation> accessibility() {
        return Axe.check(driver, path());
    }

    /** How many CSS pixels the page is wider than the window (0 when it fits: nothing to scroll sideways). */
    long sidewaysOverflow() {
        return ((Number) js("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);"))
                .longValue();
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    // --- finding things as a person does

    /**
     * Finds and clicks in one go, again if the page replaced the element in between (a click on an element that
     * went stale, or that something covered for a moment, is tried again until the wait runs out).
     */
    private void click(String selector, String text, Supplier<WebElement> scope, String what) {
        try {
            wait.until(d -> {
                var found = lookUp(selector, text, scope);
                if (found == null) {
                    return false;
                }
                found.click();
                return true;
            });
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "No visible " + what + " “" + text + "” to click on " + path() + " (screen " + screen + ")", e);
        }
    }

    private WebElement find(String selector, String text, Supplier<WebElement> scope, String what) {
        try {
            return wait.until(d -> lookUp(selector, text, scope));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "No visible " + what + " “" + text + "” on " + path() + " (screen " + screen + ")", e);
        }
    }

    /** The first match, or null; a scope that is not (or no longer) on the page is looked up again by the caller. */
    private WebElement lookUp(String selector, String text, Supplier<WebElement> scope) {
        WebElement root = null;
        if (scope != null) {
            root = scope.get();
            if (root == null) {
                return null;
            }
        }
        var found = matches(selector, text, root);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The landmark or region with this accessible name as the page shows it now (null if none). */
    private Supplier<WebElement> inRegion(String name) {
        return () -> (WebElement) js(Lookups.REGION, name);
    }

    /** The table row showing this text as the page shows it now (null if none). */
    private Supplier<WebElement> inRow(String rowText) {
        return () -> (WebElement) js(Lookups.ROW, rowText);
    }

    @SuppressWarnings("unchecked")
    private List<WebElement> matches(String selector, String text, WebElement scope) {
        return new ArrayList<>((List<WebElement>) js(Lookups.BY_TEXT, selector, text, scope));
    }

    private WebElement field(String label, Supplier<WebElement> scope) {
        try {
            return wait.until(d -> {
                WebElement root = scope == null ? null : scope.get();
                return scope != null && root == null ? null : (WebElement) js(Lookups.FIELD_BY_LABEL, label, root);
            });
        } catch (TimeoutException e) {
            throw new AssertionError("No field labelled “" + label + "” on " + path(), e);
        }
    }

    /** A landmark or region by its accessible name (aria-label or the text its aria-labelledby names). */
    private WebElement region(String name) {
        try {
            return wait.until(d -> (WebElement) js(Lookups.REGION, name));
        } catch (TimeoutException e) {
            throw new AssertionError("No region “" + name + "” on " + path(), e);
        }
    }

    /** A visible table row of the main content by the text of one of its cells. */
    private WebElement row(String rowText) {
        try {
            return wait.until(d -> (WebElement) js(Lookups.ROW, rowText));
        } catch (TimeoutException e) {
            throw new AssertionError("No table row showing “" + rowText + "” on " + path(), e);
        }
    }

    /** Read in one script: an element handle can go stale between finding and reading while a page loads. */
    private String bodyText() {
        return (String) js("return document.body ? document.body.innerText : '';");
    }

    private void waitFor(String what, Function<WebDriver, Boolean> condition) {
        try {
            wait.until(d -> {
                if (condition.apply(d)) {
                    return true;
                }
                // the server's error page is a final answer: no need to wait out the limit for it to change
                if (SERVER_ERROR_TITLES.contains(heading())) {
                    throw new AssertionError("Expected " + what + " on " + path() + ", but the portal answered its"
                            + " error page: " + heading());
                }
                return false;
            });
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "Waited " + WAIT.toSeconds() + " s for " + what + " on " + path() + ", which shows: " + heading(),
                    e);
        }
    }

    private static String bundleText(String language, String key) {
        var properties = new java.util.Properties();
        try (var in = Browser.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty(key);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void deleteProfile() {
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}

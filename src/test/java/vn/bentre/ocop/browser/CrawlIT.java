package vn.bentre.ocop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.bentre.ocop.support.ReadmePortal;

/**
 * Every page a person can reach by following links, on the portal as the README starts it, at a phone's 375 px:
 * as an anonymous reader (in Vietnamese and in English), a learner, a trainer, an editor and an administrator,
 * starting from the home page and the role's own area, following every same-origin link (GET only; never the
 * language switch or sign-out). A page fails on a 5xx (downloads too), a {@code ???key???} or a raw bundle key in
 * its text, any console error (a script the CSP blocked included), being wider than the viewport, or an axe-core
 * serious or critical finding. One public page of each shape is then opened a second time in the same browser, which
 * shows it from its cache after a 304, and checked again.
 *
 * <p>Pages of one shape (the same path with another slug or id, the same query names) are visited at most
 * {@value #PER_SHAPE} times and checked with axe-core once, which keeps the crawl to a few minutes while still
 * opening every kind of page. {@code target/crawl/<role>.txt} lists what was visited and found.
 */
@ExtendWith(Chromium.class)
class CrawlIT {

    private static final Logger LOG = Logger.getLogger(CrawlIT.class.getName());

    static final int PER_SHAPE = 2;
    static final int MOST_PAGES = 400;
    static final Set<String> ROLE_FOLDERS = Set.of("ca-nhan", "giang-vien", "bien-tap", "quan-tri");
    /** Links a crawl must not follow: they change who is signed in or the language, not what is shown. */
    static final List<String> NOT_FOLLOWED = List.of("/dang-xuat", "/ngon-ngu", "/huy-nhan-tin", "/xac-nhan-nhan-tin");

    static final Pattern RAW_KEY_SHAPE =
            Pattern.compile("(?<![\\w@./-])([a-z][A-Za-z]+(?:\\.[A-Za-z0-9_]+)+)(?![\\w@/-])");

    static URI base;
    static Set<String> keys;
    static Set<String> keyPrefixes;

    @BeforeAll
    static void startThePortalAsTheReadmeDoes() {
        base = ReadmePortal.base();
        keys = bundleKeys();
        keyPrefixes = keys.stream().map(k -> k.substring(0, k.indexOf('.') + 1)).collect(Collectors.toSet());
    }

    @Test
    void anAnonymousReaderInVietnamese() {
        crawl("anonymous-vi", null, null, List.of("/"), true);
    }

    @Test
    void anAnonymousReaderInEnglish() {
        crawl("anonymous-en", null, "en", List.of("/"), true);
    }

    @Test
    void aLearner() {
        crawl("learner", "hocvien@demo.ocop-bentre.vn", null, List.of("/ca-nhan/", "/"), false);
    }

    @Test
    void aTrainer() {
        crawl("trainer", "giangvien@demo.ocop-bentre.vn", null, List.of("/giang-vien/"), false);
    }

    @Test
    void anEditor() {
        crawl("editor", "bientap@demo.ocop-bentre.vn", null, List.of("/bien-tap/"), false);
    }

    @Test
    void anAdministratorInEnglish() {
        crawl("admin", "quantri@demo.ocop-bentre.vn", "en", List.of("/quan-tri/"), false);
    }

    /** Walks the links breadth-first from {@code starts}; fails with every problem found. */
    private void crawl(String role, String email, String language, List<String> starts, boolean revisit) {
        var crawl = new Crawl(role);
        try (var browser = new CrawlBrowser()) {
            browser.open("/");
            if (language != null) {
                browser.open("/ngon-ngu?lang=" + language + "&next=/");
            }
            if (email != null) {
                browser.signIn(email);
            }
            var queue = new ArrayDeque<String>();
            var seen = new LinkedHashSet<String>();
            var shapes = new HashMap<String, Integer>();
            for (var start : starts) {
                if (seen.add(start)) {
                    queue.add(start);
                }
            }
            var htmlPages = new ArrayList<String>();
            while (!queue.isEmpty() && crawl.visited < MOST_PAGES) {
                String path = queue.poll();
                String shape = shape(path);
                int times = shapes.merge(shape, 1, Integer::sum);
                if (times > PER_SHAPE) {
                    continue;
                }
                var page = browser.visit(path, times == 1, crawl);
                if (page == null) {
                    continue;
                }
                if (times == 1) {
                    htmlPages.add(path); // one page of each shape is opened again: the 304 path is the same for all
                }
                for (var link : page) {
                    if (seen.add(link)) {
                        queue.add(link);
                    }
                }
            }
            if (revisit) {
                for (var path : htmlPages) {
                    browser.revisit(path, crawl);
                }
            }
        }
        crawl.report();
        assertThat(crawl.problems)
                .as(
                        "%s: %d pages visited (%d opened in the browser); problems:%n  %s",
                        role, crawl.visited, crawl.opened, String.join("\n  ", crawl.problems))
                .isEmpty();
        assertThat(crawl.opened).as("pages opened by " + role).isGreaterThan(5);
    }

    /** A path's shape: role folders keep their page name, ids and slugs become {@code *}, query values are dropped. */
    static String shape(String path) {
        var uri = URI.create(path);
        var segments = uri.getPath().split("/", -1);
        var shape = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            boolean keep = i == 1 || (i == 2 && ROLE_FOLDERS.contains(segments[1]));
            shape.append('/').append(keep && !segments[i].matches(".*\\d.*") ? segments[i] : "*");
        }
        if (uri.getRawQuery() != null) {
            var names = new TreeSet<String>();
            for (var pair : uri.getRawQuery().split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
            shape.append('?').append(String.join("&", names));
        }
        return shape.toString();
    }

    private static Set<String> bundleKeys() {
        var properties = new Properties();
        try (var in = CrawlIT.class.getResourceAsStream("/i18n/messages_vi.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames();
    }

    /** What one role's crawl found. */
    private static final class Crawl {
        final String role;
        final List<String> problems = new ArrayList<>();
        final Map<String, String> log = new LinkedHashMap<>();
        int visited;
        int opened;
        int revisited;

        Crawl(String role) {
            this.role = role;
        }

        void problem(String path, String what) {
            problems.add(path + ": " + what);
        }

        void report() {
            var folder = Path.of(System.getProperty("browser.screenshots", "target/browser-screenshots"))
                    .resolveSibling("crawl");
            var text = new StringBuilder("Crawl as " + role + ": " + visited + " addresses, " + opened
                    + " pages opened in the browser, " + revisited + " opened again (304 path), "
                    + problems.size() + " problems\n\n");
            log.forEach((path, result) ->
                    text.append(result).append("  ").append(path).append('\n'));
            text.append('\n').append(String.join("\n", problems)).append('\n');
            try {
                Files.createDirectories(folder);
                Files.writeString(folder.resolve(role + ".txt"), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LOG.info(() -> "Crawl as " + role + ": " + visited + " addresses, " + opened + " pages, " + revisited
                    + " revisited, " + problems.size() + " problems");
        }
    }

    /** A headless Chromium at 375 px that keeps its console messages. */
    private static final class CrawlBrowser implements AutoCloseable {

        private static final String FETCH = """
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin', redirect: 'follow'})
                    .then(r => { const type = r.headers.get('content-type') || ''; r.body && r.body.cancel();
                                 done({status: r.status, type: type, url: r.url}); })
                    .catch(e => done({status: -1, type: String(e), url: arguments[0]}));
                """;

        private static final String LOOK = """
                const links = [...document.querySelectorAll('a[href]')].map(a => a.href);
                const root = document.documentElement;
                return {links: links, text: document.body ? document.body.innerText : '',
                        width: root.scrollWidth, viewport: root.clientWidth};
                """;

        private final Path profile;
        private final ChromeDriver driver;

        CrawlBrowser() {
            try {
                profile = Files.createTempDirectory("ocop-crawl-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            driver = Chromium.start(Browser.Screen.PHONE, profile);
        }

        void open(String path) {
            driver.get(base.resolve(path.substring(1)).toString());
            settle();
        }

        void signIn(String email) {
            open("/dang-nhap");
            driver.findElement(By.cssSelector("input[type=email]")).sendKeys(email);
            driver.findElement(By.cssSelector("input[type=password]")).sendKeys(People.PASSWORD);
            driver.findElement(By.cssSelector("form input[type=submit], form button[type=submit]"))
                    .click();
            new WebDriverWait(driver, Duration.ofSeconds(120))
                    .until(d -> !URI.create(d.getCurrentUrl()).getPath().startsWith("/dang-nhap")
                            && "complete".equals(js("return document.readyState")));
            consoleErrors();
        }

        /**
         * Asks for the address first (status and type, with the browser's cookies, without showing it); opens it in
         * the browser only if it is a page. Returns the same-origin links of the page, or null if it was no page.
         */
        @SuppressWarnings("unchecked")
        List<String> visit(String path, boolean withAxe, Crawl crawl) {
            crawl.visited++;
            var head = (Map<String, Object>) ((JavascriptExecutor) driver)
                    .executeAsyncScript(FETCH, base.resolve(path.substring(1)).toString());
            int status = ((Number) head.get("status")).intValue();
            String type = (String) head.get("type");
            crawl.log.put(path, status + " " + type.split(";")[0]);
            consoleErrors(); // a refused fetch is reported by its status, not again as a console message
            if (status >= 500 || status < 0) {
                crawl.problem(path, "answered " + status + " " + type);
                return null;
            }
            if (status >= 400) {
                crawl.problem(path, "a broken link: " + status);
                return null;
            }
            if (!type.startsWith("text/html")) {
                return null;
            }
            open(path);
            crawl.opened++;
            var look = (Map<String, Object>) js(LOOK);
            check(path, look, crawl);
            if (withAxe) {
                for (var violation : Axe.check(driver, path)) {
                    if (violation.failing()) {
                        crawl.problem(path, violation.describe());
                    }
                }
            }
            var links = new ArrayList<String>();
            for (var href : (List<String>) look.get("links")) {
                var local = local(href);
                if (local != null) {
                    links.add(local);
                }
            }
            return links;
        }

        /** Opens a page again: the browser revalidates its copy (304) and shows it from its cache. */
        @SuppressWarnings("unchecked")
        void revisit(String path, Crawl crawl) {
            open(path);
            crawl.revisited++;
            check(path + " (again)", (Map<String, Object>) js(LOOK), crawl);
        }

        private void check(String path, Map<String, Object> look, Crawl crawl) {
            String text = (String) look.get("text");
            if (text.contains("???")) {
                crawl.problem(path, "a missing bundle key: " + around(text, text.indexOf("???")));
            }
            var raw = RAW_KEY_SHAPE.matcher(text);
            while (raw.find()) {
                String token = raw.group(1);
                boolean keyShaped = token.chars().filter(c -> c == '.').count() >= 2
                        && keyPrefixes.contains(token.substring(0, token.indexOf('.') + 1));
                if (keys.contains(token) || keyShaped) {
                    crawl.problem(path, "a raw bundle key: " + token);
                }
            }
            long width = ((Number) look.get("width")).longValue();
            long viewport = ((Number) look.get("viewport")).longValue();
            if (width > viewport + 1) {
                crawl.problem(path, "wider than the screen: " + width + " px on a " + viewport + " px phone");
            }
            for (var error : consoleErrors()) {
                crawl.problem(path, "console error: " + error);
            }
        }

        private List<String> consoleErrors() {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(e -> e.getMessage())
                    .toList();
        }

        private static String local(String href) {
            URI uri;
            try {
                uri = URI.create(href);
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (!"http".equals(uri.getScheme())
                    || !base.getHost().equals(uri.getHost())
                    || base.getPort() != uri.getPort()) {
                return null;
            }
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            if (path.isEmpty() || NOT_FOLLOWED.stream().anyMatch(path::startsWith)) {
                return null;
            }
            return path;
        }

        private static String around(String text, int at) {
            return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 60))
                    .replaceAll("\\s+", " ");
        }

        /** Waits for the page's own signals: loaded, and no PrimeFaces request still running. */
        private void settle() {
            new WebDriverWait(driver, Duration.ofSeconds(120))
                    .until(d -> Boolean.TRUE.equals(js("return document.readyState === 'complete'"
                            + " && !(window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue"
                            + " && !PrimeFaces.ajax.Queue.isEmpty());")));
        }

        private Object js(String script, Object... args) {
            return ((JavascriptExecutor) driver).executeScript(script, args);
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                try (var files = Files.walk(profile)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a temporary profile left behind is harmless
                }
            }
        }
    }
}

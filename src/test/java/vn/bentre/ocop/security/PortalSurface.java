package vn.bentre.ocop.security;

import jakarta.servlet.annotation.WebServlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.json.Json;
import vn.bentre.ocop.support.WebClient;

/**
 * Every URL the portal answers, generated rather than listed: the Faces pages found under {@code src/main/webapp}
 * (at the extensionless address OmniFaces serves them at), the servlets found in the compiled classes
 * ({@code @WebServlet}), and every operation of the deployed portal's OpenAPI document. Who may open each comes from
 * one table per kind ({@link #PAGE_FOLDERS}, {@link #SERVLETS}, {@link #API}), mirroring ARCHITECTURE.md's page
 * folders and the REST resources' rules; a URL without a row fails the test, so a new folder or endpoint gets a rule.
 */
final class PortalSurface {

    enum Who {
        ANONYMOUS,
        LEARNER,
        TRAINER,
        EDITOR,
        ADMIN
    }

    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> SIGNED_IN = EnumSet.of(Who.LEARNER, Who.TRAINER, Who.EDITOR, Who.ADMIN);
    static final Set<Who> TRAINERS = EnumSet.of(Who.TRAINER, Who.ADMIN);
    static final Set<Who> EDITORS = EnumSet.of(Who.EDITOR, Who.ADMIN);
    static final Set<Who> ADMINS = EnumSet.of(Who.ADMIN);

    /** Page folders (ARCHITECTURE.md) and who may open their pages; the key is the folder under src/main/webapp. */
    static final Map<String, Set<Who>> PAGE_FOLDERS = Map.of(
            "", EVERYONE,
            "WEB-INF/faces-views", EVERYONE,
            "ca-nhan", SIGNED_IN,
            "giang-vien", TRAINERS,
            "bien-tap", EDITORS,
            "quan-tri", ADMINS);

    /** Folders of Facelets that are no page of their own (templates, includes, tags, error pages). */
    static final Set<String> NOT_PAGES =
            Set.of("WEB-INF/errorpages", "WEB-INF/includes", "WEB-INF/tags", "WEB-INF/templates");

    /** Servlets at the root (those in a role folder take the folder's rule), and who may open them. */
    static final Map<String, Set<Who>> SERVLETS = Map.of(
            "/dang-xuat", EVERYONE,
            "/ngon-ngu", EVERYONE,
            "/sitemap.xml", EVERYONE,
            "/robots.txt", EVERYONE,
            "/tep/*", EVERYONE,
            "/rss/*", EVERYONE,
            "/atom/*", EVERYONE,
            "/anh-san-pham/*", EVERYONE);

    /** A real address for a servlet mapped with a wildcard or needing a parameter. */
    static final Map<String, String> SAMPLES = Map.of(
            "/rss/*", "/rss/tin-tuc.xml",
            "/atom/*", "/atom/tin-tuc.xml",
            "/tep/*", "/tep/00000000000000000000000000000000/khong-co.pdf",
            "/anh-san-pham/*", "/anh-san-pham/khong-co.jpg",
            "/ngon-ngu", "/ngon-ngu?lang=vi&next=%2F");

    /** Every REST operation ({@code METHOD /path} as in the OpenAPI document) and who may call it. */
    static final Map<String, Set<Who>> API = Map.ofEntries(
            Map.entry("GET /api", EVERYONE),
            Map.entry("GET /api/chuong-trinh", EVERYONE),
            Map.entry("GET /api/du-lieu-mo/chuong-trinh.csv", EVERYONE),
            Map.entry("GET /api/du-lieu-mo/san-pham.csv", EVERYONE),
            Map.entry("GET /api/ho-so/toi", SIGNED_IN),
            Map.entry("GET /api/ho-so/{id}", SIGNED_IN),
            Map.entry("GET /api/khoa-hoc", EVERYONE),
            Map.entry("GET /api/khoa-hoc/{code}", EVERYONE),
            Map.entry("POST /api/khoa-hoc/{code}/dang-ky", SIGNED_IN),
            Map.entry("POST /api/nhan-tin/huy", EVERYONE),
            Map.entry("GET /api/noi-dung", EVERYONE),
            Map.entry("GET /api/noi-dung/{loai}/{slug}", EVERYONE),
            Map.entry("POST /api/quan-tri/to-chuc/nhap", ADMINS),
            Map.entry("GET /api/san-pham", EVERYONE),
            Map.entry("GET /api/san-pham/{slug}", EVERYONE),
            Map.entry("GET /api/thong-ke/dao-tao", EVERYONE),
            Map.entry("GET /api/thong-ke/dao-tao.csv", EVERYONE),
            Map.entry("GET /api/tim-kiem", EVERYONE),
            Map.entry("GET /api/toi/dang-ky", SIGNED_IN),
            Map.entry("DELETE /api/toi/dang-ky/{id}", SIGNED_IN));

    record Target(String kind, String rule, String url, Set<Who> allowed) {}

    record Operation(String method, String path, List<String> queryParameters) {
        String key() {
            return method + " " + path;
        }
    }

    private PortalSurface() {}

    /** Every page under src/main/webapp, at its public address; fails for a folder without a rule. */
    static List<Target> pages() {
        var webapp = Path.of("src/main/webapp");
        var found = new ArrayList<Target>();
        var unruled = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(webapp)) {
            for (var file :
                    files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                String relative = webapp.relativize(file).toString().replace('\\', '/');
                int slash = relative.lastIndexOf('/');
                String folder = slash < 0 ? "" : relative.substring(0, slash);
                String name = relative.substring(slash + 1, relative.length() - ".xhtml".length());
                if (NOT_PAGES.stream().anyMatch(n -> folder.equals(n) || folder.startsWith(n + "/"))) {
                    continue;
                }
                var allowed = PAGE_FOLDERS.get(folder);
                if (allowed == null) {
                    unruled.add(relative);
                    continue;
                }
                String base = folder.isEmpty() || folder.startsWith("WEB-INF/") ? "/" : "/" + folder + "/";
                String url = name.equals("index") ? base : base + name;
                found.add(new Target("page", folder.isEmpty() ? "/" : folder, url, allowed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!unruled.isEmpty()) {
            throw new AssertionError("Pages in a folder with no row in PortalSurface.PAGE_FOLDERS: " + unruled);
        }
        return found;
    }

    /** Every {@code @WebServlet} of the portal (test servlets left out); fails for one without a rule. */
    static List<Target> servlets() {
        var classes = Path.of("target/classes");
        var found = new ArrayList<Target>();
        var unruled = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (var file :
                    files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (name.contains("$") || !name.contains(".boundary.")) {
                    continue;
                }
                var servlet = Class.forName(name, false, PortalSurface.class.getClassLoader())
                        .getAnnotation(WebServlet.class);
                if (servlet == null) {
                    continue;
                }
                var patterns = new ArrayList<>(Arrays.asList(servlet.value()));
                patterns.addAll(Arrays.asList(servlet.urlPatterns()));
                for (String pattern : patterns) {
                    var folder = PAGE_FOLDERS.entrySet().stream()
                            .filter(e -> !e.getKey().isEmpty() && pattern.startsWith("/" + e.getKey() + "/"))
                            .findFirst();
                    Set<Who> allowed = folder.map(Map.Entry::getValue).orElse(SERVLETS.get(pattern));
                    if (allowed == null) {
                        unruled.add(pattern + " (" + name + ")");
                        continue;
                    }
                    found.add(new Target("servlet", pattern, SAMPLES.getOrDefault(pattern, pattern), allowed));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        if (!unruled.isEmpty()) {
            throw new AssertionError("Servlets with no row in PortalSurface.SERVLETS: " + unruled);
        }
        return found;
    }

    /** The operations of the deployed portal's OpenAPI document. */
    @SuppressWarnings("unchecked")
    static List<Operation> operations(WebClient web) throws IOException, InterruptedException {
        var response = web.send(HttpRequest.newBuilder(web.uri("/openapi"))
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .header("Accept", "application/json"));
        if (response.statusCode() != 200) {
            throw new AssertionError("No OpenAPI document: " + response.statusCode());
        }
        Map<String, Object> document = new Json().toType(response.body(), Map.class);
        var operations = new ArrayList<Operation>();
        var paths = (Map<String, Map<String, Object>>) document.get("paths");
        paths.forEach((path, methods) -> methods.forEach((method, body) -> {
            if (!(body instanceof Map<?, ?> operation)) {
                return;
            }
            var query = new ArrayList<String>();
            if (operation.get("parameters") instanceof List<?> parameters) {
                for (var parameter : parameters) {
                    var p = (Map<String, Object>) parameter;
                    if ("query".equals(p.get("in"))) {
                        query.add((String) p.get("name"));
                    }
                }
            }
            operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path, query));
        }));
        var unruled = operations.stream()
                .map(Operation::key)
                .filter(key -> !API.containsKey(key))
                .toList();
        if (!unruled.isEmpty()) {
            throw new AssertionError("API operations with no row in PortalSurface.API: " + unruled);
        }
        return operations;
    }

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** The path with its parameters filled from {@code values} (by parameter name). */
    static String fill(String path, Map<String, String> values) {
        var matcher = PATH_PARAMETER.matcher(path);
        var filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new AssertionError("No sample value for path parameter {" + matcher.group(1) + "} of " + path);
            }
            matcher.appendReplacement(filled, java.util.regex.Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** The facts of {@link SecurityFixtures}, read over HTTP. */
    static Map<String, String> facts(WebClient web) throws IOException, InterruptedException {
        var response = web.get("/test/security-fixtures");
        if (response.statusCode() != 200) {
            throw new AssertionError("Fixtures: " + response.statusCode() + " " + response.body());
        }
        var facts = new LinkedHashMap<String, String>();
        for (String line : response.body().split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                facts.put(line.substring(0, eq), line.substring(eq + 1).strip());
            }
        }
        return facts;
    }

    static List<String> list(Map<String, String> facts, String key) {
        String value = facts.getOrDefault(key, "");
        return value.isEmpty() ? List.of() : List.of(value.split(","));
    }
}

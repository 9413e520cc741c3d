package vn.bentre.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules of {@code ARCHITECTURE.md}, checked on the sources so that they cannot erode quietly:
 * which component may use which, no web types below the boundary, and a role check on every service.
 */
class ArchitectureTest {

    static final Path SOURCES = Path.of("src/main/java/vn/bentre/ocop");
    static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?vn\\.bentre\\.ocop\\.(\\w+)\\.", Pattern.MULTILINE);

    /** Who may use whom (besides itself). */
    static final Map<String, Set<String>> MAY_USE = Map.of(
            "platform", Set.of(),
            "identity", Set.of("platform"),
            "directory", Set.of("platform", "identity"),
            "content", Set.of("platform", "identity"),
            "training", Set.of("platform", "identity", "directory", "content"),
            "records", Set.of("platform", "identity", "directory", "training"),
            "products", Set.of("platform", "directory"),
            "view", Set.of("platform", "identity", "directory", "content", "training", "records", "products"));

    @Test
    void componentsOnlyUseTheComponentsTheyMay() {
        for (Path file : javaFiles()) {
            String component = SOURCES.relativize(file).getName(0).toString();
            if (!MAY_USE.containsKey(component)) {
                continue;
            }
            var matcher = IMPORT.matcher(read(file));
            while (matcher.find()) {
                String used = matcher.group(1);
                assertThat(used.equals(component) || MAY_USE.get(component).contains(used))
                        .as("%s uses %s", file, used)
                        .isTrue();
            }
        }
    }

    @Test
    void entitiesAndControlsKnowNoPagesRequestsOrRestTypes() {
        for (Path file : javaFiles()) {
            String path = file.toString();
            if (path.contains("/entity/") || path.contains("/control/") && !path.contains("/platform/")) {
                assertThat(read(file))
                        .as(path)
                        .doesNotContain(
                                "import jakarta.faces.",
                                "import jakarta.ws.rs.",
                                "import jakarta.servlet.",
                                "import vn.bentre.ocop.view.");
            }
        }
    }

    @Test
    void everyServiceChecksItsCallersRole() {
        for (Path file : javaFiles()) {
            String source = read(file);
            if (file.toString().contains("/boundary/") && source.contains("@Stateless")) {
                String beforeClass = source.substring(0, source.indexOf("public class"));
                assertThat(beforeClass)
                        .as("%s declares who may call it", file)
                        .containsAnyOf("@RolesAllowed", "@PermitAll", "@DenyAll");
            }
        }
    }

    @Test
    void everyComponentSaysWhatBelongsInIt() {
        for (String component : MAY_USE.keySet()) {
            Path dir = SOURCES.resolve(component);
            if (Files.isDirectory(dir)) {
                assertThat(dir.resolve("package-info.java")).as(component).exists();
            }
        }
    }

    @Test
    void everyNamedBeanHasItsOwnName() {
        var pattern = Pattern.compile(
                "@Named(?:\\(\"([^\"]+)\"\\))?\\s+(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*public class (\\w+)");
        var names = new java.util.HashMap<String, Path>();
        for (Path file : javaFiles()) {
            var matcher = pattern.matcher(read(file));
            while (matcher.find()) {
                String cls = matcher.group(2);
                String name = matcher.group(1) != null
                        ? matcher.group(1)
                        : Character.toLowerCase(cls.charAt(0)) + cls.substring(1);
                Path other = names.put(name, file);
                assertThat(other)
                        .as("bean name %s in %s and %s", name, file, other)
                        .isNull();
            }
        }
        assertThat(names).as("named beans found").hasSizeGreaterThan(10);
    }

    @Test
    void noConsolePrintingInTheSources() {
        for (Path file : javaFiles()) {
            assertThat(read(file)).as(file.toString()).doesNotContain("System.out", "System.err", "printStackTrace");
        }
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.bentre.ocop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The portal started the way the README tells a newcomer to start it, for the tests that must see what users see:
 * {@code ./mvnw payara-micro:start}, the same Maven plugin configuration, pre-boot and post-deploy commands, logging,
 * production defaults (Argon2id password hashes at OWASP's settings, demo data, Faces Production stage, the data grid off), and nothing
 * added. Unlike the Arquillian deployments, which add test classes and change a few settings (listed in
 * {@code arquillian.xml}), this is the WAR exactly as packaged, started exactly as documented.
 *
 * <p>Only two things differ from a person typing the README's command, both through the variables the README
 * documents: {@code PORTAL_PORT} (a free port, so a portal already running on 8080 is left alone) and
 * {@code PORTAL_DATA_DIR} ({@code target/readme-data}, emptied first, so every run starts from the demo data on an
 * empty database). The WAR is the one the build has just packaged, so the goal {@code package} is not repeated.
 *
 * <p>One portal serves every test class of the run (started by the first that asks, stopped when the test JVM
 * ends). It is ready when {@code /health/ready} answers 200: the listener opens only once the portal is deployed.
 */
public final class ReadmePortal {

    private static final Logger LOG = Logger.getLogger(ReadmePortal.class.getName());
    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    private static ReadmePortal running;

    private final Process maven;
    private final URI base;
    private final Path log;

    private ReadmePortal(Process maven, URI base, Path log) {
        this.maven = maven;
        this.base = base;
        this.log = log;
    }

    /** The address of the portal, started on the first call. */
    public static synchronized URI base() {
        if (running == null) {
            running = start();
            var portal = running;
            Runtime.getRuntime().addShutdownHook(new Thread(portal::stop, "readme-portal-stop"));
        }
        return running.base;
    }

    /** The portal's output so far (Maven's and Payara Micro's), for a failure message or a check of the log. */
    public static synchronized String log() {
        try {
            return running == null ? "" : Files.readString(running.log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReadmePortal start() {
        Path project = Path.of(System.getProperty("user.dir"));
        Path target = project.resolve("target");
        Path data = target.resolve("readme-data");
        Path log = target.resolve("readme-portal.log");
        int port = freePort();
        try {
            deleteTree(data);
            Files.createDirectories(data);
            var command =
                    new ProcessBuilder(List.of(project.resolve("mvnw").toString(), "-B", "-ntp", "payara-micro:start"));
            command.directory(project.toFile());
            command.environment().put("PORTAL_PORT", String.valueOf(port));
            command.environment().put("PORTAL_DATA_DIR", data.toString());
            // the JDK running the tests (21+) also runs Maven and Payara Micro, as JAVA_HOME does for a person
            command.environment().put("JAVA_HOME", System.getProperty("java.home"));
            command.redirectErrorStream(true).redirectOutput(log.toFile());
            LOG.info(() -> "Starting the portal as the README does, on port " + port + "; output in " + log);
            var process = command.start();
            var portal = new ReadmePortal(process, URI.create("http://127.0.0.1:" + port + "/"), log);
            portal.awaitReady();
            return portal;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the readiness check to answer 200; fails at once if Maven or Payara Micro gave up. */
    private void awaitReady() {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var ready = HttpRequest.newBuilder(base.resolve("health/ready"))
                .timeout(Duration.ofSeconds(10))
                .build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!maven.isAlive()) {
                throw new IllegalStateException(
                        "The portal did not start (exit " + maven.exitValue() + "):\n" + tail(readQuietly(log)));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    LOG.info(() -> "The portal is ready at " + base);
                    return;
                }
            } catch (ConnectException e) {
                // the listener opens only once the portal is deployed
            } catch (IOException e) {
                // a connection closed while the server starts: ask again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        stop();
        throw new IllegalStateException(
                "The portal was not ready within " + START_LIMIT.toMinutes() + " minutes:\n" + tail(readQuietly(log)));
    }

    private void stop() {
        maven.descendants().forEach(ProcessHandle::destroy);
        maven.destroy();
        try {
            if (!maven.waitFor(30, TimeUnit.SECONDS)) {
                maven.descendants().forEach(ProcessHandle::destroyForcibly);
                maven.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        maven.descendants().forEach(ProcessHandle::destroyForcibly);
    }

    private static String tail(String text) {
        return text.length() <= 6000 ? text : text.substring(text.length() - 6000);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var files = Files.walk(root)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

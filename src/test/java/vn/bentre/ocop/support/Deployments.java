package vn.bentre.ocop.support;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive integration tests deploy: the portal's own WAR exactly as built by {@code package}, plus the
 * test classes and AssertJ for tests that run inside the server, and a database of the test class's own.
 *
 * <p><b>One database per IT class.</b> The class that asks for the archive (the caller of {@link #portal}) gets a
 * database named after it: on H2 a file {@code target/it-data/<class>}, on PostgreSQL a database
 * {@code <it.db.url's database>_<class>}, created empty here (dropped first if an earlier run left it). Each
 * starts from the demo data on an empty database, so no class sees what another changed and their order never
 * matters. The URL is written into the archive's {@code microprofile-config.properties}, where the portal reads its
 * defaults; nothing else of the configuration changes.
 */
public final class Deployments {

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private Deployments() {}

    public static WebArchive portal(Class<?>... testClasses) {
        Class<?> itClass = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .getCallerClass();
        return portalOn(ownDatabaseUrl(itClass), testClasses);
    }

    /**
     * The archive with the portal pointed at {@code databaseUrl}: a test class's own database reached another way
     * (through a {@link DatabaseProxy}).
     */
    public static WebArchive portalOn(String databaseUrl, Class<?>... testClasses) {
        var war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")))
                .addClasses(testClasses)
                .addPackage(Deployments.class.getPackage());
        war.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
        useDatabase(war, databaseUrl);
        return war;
    }

    /**
     * The URL of a database of the test class's own (see the class comment), created empty on PostgreSQL.
     */
    public static String ownDatabaseUrl(Class<?> itClass) {
        String name = itClass.getSimpleName().toLowerCase(Locale.ROOT);
        String url = System.getProperty("it.db.url");
        if (url.startsWith("jdbc:h2:file:")) {
            // ...it-data/portal;OPTIONS -> ...it-data/<class>;OPTIONS
            int options = url.indexOf(';') < 0 ? url.length() : url.indexOf(';');
            String file = url.substring(0, options);
            return file.substring(0, file.lastIndexOf('/') + 1) + name + url.substring(options);
        } else if (url.startsWith("jdbc:postgresql:")) {
            return createPostgresDatabase(url, name);
        }
        throw new IllegalStateException("No per-class database for " + url);
    }

    /** Points the archive at that database. */
    private static void useDatabase(WebArchive war, String own) {
        var config = new ByteArrayOutputStream();
        try (var in = war.get(CONFIG).getAsset().openStream()) {
            in.transferTo(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = config.toString(StandardCharsets.ISO_8859_1)
                + "\n# Integration tests: a database of this test class's own (support.Deployments)\n"
                + "portal.db.url=" + own + "\n"
                + "portal.db.class=" + System.getProperty("it.db.class") + "\n"
                + "portal.db.user=" + System.getProperty("it.db.user") + "\n"
                + "portal.db.password=" + System.getProperty("it.db.password", "") + "\n";
        war.delete(CONFIG);
        war.add(new StringAsset(text), CONFIG);
    }

    /** Creates {@code <database>_<name>} on the server of {@code url}, empty; returns its URL. */
    private static String createPostgresDatabase(String url, String name) {
        int query = url.indexOf('?') < 0 ? url.length() : url.indexOf('?');
        String withoutQuery = url.substring(0, query);
        int slash = withoutQuery.lastIndexOf('/');
        String database = withoutQuery.substring(slash + 1) + "_" + name;
        String own = withoutQuery.substring(0, slash + 1) + database + url.substring(query);
        try (var connection = DriverManager.getConnection(
                        url, System.getProperty("it.db.user"), System.getProperty("it.db.password", ""));
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + database + ": " + e, e);
        }
        return own;
    }

    /** The jar a class comes from, for adding test libraries to a deployment. */
    public static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.bentre.ocop.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Defines the portal's data source from MicroProfile Config and brings its schema up to date with the
 * versioned migrations in {@code db/migration} before anything else touches the database.
 *
 * <p>The same build runs on H2 and PostgreSQL: {@code portal.db.*} (environment {@code PORTAL_DB_URL},
 * {@code PORTAL_DB_CLASS}, {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD}) choose the database at start-up.
 * Flyway takes a database lock while migrating, so several nodes starting together are safe.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "${MPCONFIG=portal.db.class}",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // With the database away a request fails within seconds instead of queueing: the driver gives up
        // connecting after loginTimeout, the pool refuses after max-wait (Payara's default: 60 s).
        loginTimeout = DatabaseMigration.LOGIN_TIMEOUT_SECONDS,
        properties = {
            "fish.payara.max-wait-time-in-millis=" + DatabaseMigration.MAX_WAIT_MILLIS,
            // A database restart must not leave the pool holding dead connections.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/portal";

    /** How long a request waits for a pooled connection before it is refused (and answered 503). */
    public static final int MAX_WAIT_MILLIS = 3000;

    /** How long the driver tries to open a connection to the database. */
    public static final int LOGIN_TIMEOUT_SECONDS = 3;

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, database " + result.database + ")");
    }
}

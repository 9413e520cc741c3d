package vn.bentre.ocop.platform.control;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by the database being out of reach (refused or timed-out connections, a pool that could
 * not hand one out in time) from any other failure: the first is a temporary unavailability (503, "try again in a
 * moment"), the second a fault of the portal (500).
 */
public final class DatabaseAway {

    /** SQL state class 08: connection exception (SQL:2016, used by PostgreSQL and H2). */
    private static final String CONNECTION_EXCEPTION = "08";

    private DatabaseAway() {}

    /** True when {@code thrown}, or anything it was caused by, says the database could not be reached. */
    public static boolean causedBy(Throwable thrown) {
        int depth = 0;
        for (Throwable cause = thrown; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
                return true;
            }
            // The pool's own refusals (jakarta.resource.ResourceException and its PoolingException) and the
            // message Payara gives when none could be allocated within the maximum wait.
            String type = cause.getClass().getName();
            if (type.startsWith("jakarta.resource.") || type.endsWith(".PoolingException")) {
                return true;
            }
            String message = cause.getMessage();
            if (message != null && message.contains("Error in allocating a connection")) {
                return true;
            }
        }
        return false;
    }
}

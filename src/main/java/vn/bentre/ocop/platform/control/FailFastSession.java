package vn.bentre.ocop.platform.control;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * With the database away, a request fails within seconds. Measured with PostgreSQL stopped: the pool refused at
 * once, but EclipseLink took a failed connection for a communication error and tried twice more, five seconds
 * apart (its defaults), so every request hung 10 s before its 503. The pool already validates connections and
 * flushes dead ones ({@link DatabaseMigration}), so one quick retry is enough for a connection that died in the
 * pool. Named in persistence.xml ({@code eclipselink.session.customizer}).
 */
public class FailFastSession implements SessionCustomizer {

    /** One retry of a call that failed on a broken connection. */
    static final int RETRIES = 1;

    /** Between connection attempts (EclipseLink's default: 5,000 ms). */
    static final int DELAY_MILLIS = 200;

    @Override
    public void customize(Session session) {
        var login = session.getLogin();
        login.setQueryRetryAttemptCount(RETRIES);
        login.setDelayBetweenConnectionAttempts(DELAY_MILLIS);
    }
}

package vn.bentre.ocop.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.omnifaces.filter.FacesExceptionFilter;
import vn.bentre.ocop.platform.control.DatabaseAway;

/**
 * OmniFaces' {@link FacesExceptionFilter} (unwraps Faces' exceptions so the error pages see the real cause), with one
 * change: a page that failed because the database is out of reach is not logged as a SEVERE stack trace each time.
 * During an outage every reader's request fails the same way (and is answered from the page's last good copy or
 * with the 503 page), so the log gets one WARNING line at most every 10 seconds with the number of such failures,
 * instead of a stack trace per request burying everything else. Any other failure is logged as before.
 */
// declared in web.xml ("facesExceptionFilter"), around the Faces servlet
public class OutageAwareExceptionFilter extends FacesExceptionFilter {

    private static final Logger LOG = Logger.getLogger(OutageAwareExceptionFilter.class.getName());

    private static final long EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - EVERY_NANOS);
    private final AtomicLong unlogged = new AtomicLong();

    @Override
    protected void logException(
            HttpServletRequest request, Throwable exception, String location, String message, Object... parameters) {
        if (!DatabaseAway.causedBy(exception)) {
            super.logException(request, exception, location, message, parameters);
            return;
        }
        unlogged.incrementAndGet();
        long last = lastLogged.get();
        long now = System.nanoTime();
        if (now - last >= EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
            long failures = unlogged.getAndSet(0);
            LOG.warning(() -> "The database is out of reach: " + failures
                    + " page request(s) failed since the last such line (answered with a page's last good copy or"
                    + " the 503 page); latest " + request.getRequestURI() + ": " + rootMessage(exception));
        }
    }

    private static String rootMessage(Throwable thrown) {
        Throwable root = thrown;
        for (int depth = 0; root.getCause() != null && depth < 32; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

package vn.bentre.ocop.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.sql.DataSourceDefinition;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.bentre.ocop.platform.control.DatabaseAway;
import vn.bentre.ocop.platform.control.DatabaseMigration;
import vn.bentre.ocop.platform.control.Language;

/** Findings 6 and 9 of issue 11, where an HTTP test cannot reach: forwarded HTTPS, and the database away. */
class HttpAnswersTest {

    @Test
    void hstsBelievesTheForwardedSchemeOnlyFromATrustedProxy() {
        var trusted = SecurityHeadersFilter.proxies(" 10.0.0.5, 127.0.0.1 ,");
        assertThat(trusted).containsExactlyInAnyOrder("10.0.0.5", "127.0.0.1");

        assertThat(SecurityHeadersFilter.https(true, null, "203.0.113.9", Set.of()))
                .isTrue();
        assertThat(SecurityHeadersFilter.https(false, "https", "10.0.0.5", trusted))
                .as("behind the configured TLS proxy")
                .isTrue();
        assertThat(SecurityHeadersFilter.https(false, "https, http", "10.0.0.5", trusted))
                .isTrue();
        assertThat(SecurityHeadersFilter.https(false, "https", "203.0.113.9", trusted))
                .as("anyone else's header is ignored")
                .isFalse();
        assertThat(SecurityHeadersFilter.https(false, "https", "127.0.0.1", Set.of()))
                .as("nothing is trusted unless configured")
                .isFalse();
        assertThat(SecurityHeadersFilter.https(false, "http", "10.0.0.5", trusted))
                .isFalse();
    }

    @Test
    void privateAnswersAreRecognisedByTheirPath() {
        assertThat(SecurityHeadersFilter.isPrivate("/ca-nhan/ho-so")).isTrue();
        assertThat(SecurityHeadersFilter.isPrivate("/quan-tri")).isTrue();
        assertThat(SecurityHeadersFilter.isPrivate("/giang-vien/lop")).isTrue();
        assertThat(SecurityHeadersFilter.isPrivate("/bien-tap/noi-dung.xhtml")).isTrue();
        assertThat(SecurityHeadersFilter.isPrivate("/api/toi/khoa-hoc")).isTrue();
        assertThat(SecurityHeadersFilter.isPrivate("/api/ho-so/toi")).isTrue();
        assertThat(SecurityHeadersFilter.isPrivate("/api/ho-so/12")).isFalse();
        assertThat(SecurityHeadersFilter.isPrivate("/tin-tuc")).isFalse();
        assertThat(SecurityHeadersFilter.isPrivate("/ca-nhanh")).isFalse();
    }

    @Test
    void theDatabaseOutOfReachIsToldFromOtherFailures() {
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertThat(DatabaseAway.causedBy(new RuntimeException("EJB", new IllegalStateException("JPA", refused))))
                .isTrue();
        assertThat(DatabaseAway.causedBy(new SQLTransientConnectionException("timeout")))
                .isTrue();
        assertThat(DatabaseAway.causedBy(new SQLException(
                        "Error in allocating a connection. Cause: In-use connections equal max-pool-size and"
                                + " expired max-wait-time. Cannot allocate more connections.")))
                .isTrue();
        assertThat(DatabaseAway.causedBy(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseAway.causedBy(new NullPointerException())).isFalse();
        assertThat(DatabaseAway.causedBy(null)).isFalse();
    }

    @Test
    void theDataSourceGivesUpWithinSecondsNotAMinute() {
        var definition = DatabaseMigration.class.getAnnotation(DataSourceDefinition.class);

        assertThat(definition.loginTimeout()).isBetween(1, 5);
        assertThat(Arrays.asList(definition.properties()))
                .as("Payara's pool waits 60 s for a connection unless told otherwise")
                .contains("fish.payara.max-wait-time-in-millis=" + DatabaseMigration.MAX_WAIT_MILLIS);
        assertThat(DatabaseMigration.MAX_WAIT_MILLIS).isBetween(1000, 5000);
    }

    @Test
    void eclipseLinkRetriesABrokenConnectionOnceAndQuickly() {
        var session = new org.eclipse.persistence.sessions.Project(new org.eclipse.persistence.sessions.DatabaseLogin())
                .createDatabaseSession();
        assertThat(session.getLogin().getDelayBetweenConnectionAttempts())
                .as("EclipseLink's own default, which made a request with the database away hang 10 s")
                .isEqualTo(5000);

        new vn.bentre.ocop.platform.control.FailFastSession().customize(session);

        assertThat(session.getLogin().getQueryRetryAttemptCount()).isEqualTo(1);
        assertThat(session.getLogin().getDelayBetweenConnectionAttempts()).isLessThanOrEqualTo(500);
    }

    @Test
    void theUnavailablePageSpeaksTheReadersLanguage() {
        assertThat(ErrorAnswerFilter.unavailablePage(Language.VIETNAMESE))
                .contains("lang=\"vi\"", "Hệ thống tạm thời gián đoạn", "Về trang chủ")
                .doesNotContain("Payara", "Exception");
        assertThat(ErrorAnswerFilter.unavailablePage(Language.ENGLISH))
                .contains("lang=\"en\"", "The service is briefly unavailable");
        assertThat(ErrorAnswerFilter.problem(503, Language.ENGLISH).detail()).contains("cannot reach its database");
        assertThat(ErrorAnswerFilter.problem(431, Language.VIETNAMESE).detail()).contains("quá dài");
    }
}

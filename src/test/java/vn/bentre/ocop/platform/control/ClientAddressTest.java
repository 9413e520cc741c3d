package vn.bentre.ocop.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The source address for throttling: the socket's, unless it is a proxy the operator trusts. */
class ClientAddressTest {

    @Test
    void withoutATrustedProxyTheForwardedHeaderIsIgnored() {
        assertThat(ClientAddress.resolve("203.0.113.5", List.of("198.51.100.1"), Set.of()))
                .isEqualTo("203.0.113.5");
    }

    @Test
    void aHeaderFromAnUntrustedPeerIsIgnoredEvenWhenAProxyIsConfigured() {
        assertThat(ClientAddress.resolve("203.0.113.5", List.of("198.51.100.1"), Set.of("10.0.0.2")))
                .isEqualTo("203.0.113.5");
    }

    @Test
    void behindTheTrustedProxyTheAddressItAddedCountsNotWhatTheClientWrote() {
        // the client wrote "1.2.3.4" itself; the proxy appended the address it saw
        assertThat(ClientAddress.resolve("10.0.0.2", List.of("1.2.3.4, 203.0.113.7"), Set.of("10.0.0.2")))
                .isEqualTo("203.0.113.7");
        assertThat(ClientAddress.resolve(
                        "10.0.0.2", List.of("1.2.3.4", "203.0.113.7, 10.0.0.3"), Set.of("10.0.0.2", "10.0.0.3")))
                .as("a chain of trusted proxies, headers repeated")
                .isEqualTo("203.0.113.7");
    }

    @Test
    void garbageInTheHeaderFallsBackToTheSocket() {
        assertThat(ClientAddress.resolve("10.0.0.2", List.of("<script>"), Set.of("10.0.0.2")))
                .isEqualTo("10.0.0.2");
        assertThat(ClientAddress.resolve("10.0.0.2", List.of(), Set.of("10.0.0.2")))
                .isEqualTo("10.0.0.2");
    }

    @Test
    void theConfiguredListIsCommaSeparated() {
        assertThat(ClientAddress.parse(" 10.0.0.2, ::1 ,,")).containsExactlyInAnyOrder("10.0.0.2", "::1");
        assertThat(ClientAddress.parse("")).isEmpty();
    }
}

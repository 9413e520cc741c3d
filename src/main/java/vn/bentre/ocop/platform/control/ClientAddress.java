package vn.bentre.ocop.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The network address a request came from, for throttling. It is the connection's own address unless that address
 * is a proxy the operator named in {@code portal.trusted-proxies}: only then is {@code X-Forwarded-For} read, from the
 * right (the entry the trusted proxy added) to the first address that is not itself a trusted proxy. A client can
 * write anything into that header, so without a configured proxy it is never believed.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Pattern ADDRESS = Pattern.compile("^[0-9A-Fa-f:.]{2,45}$");

    @Inject
    @ConfigProperty(name = "portal.trusted-proxies")
    Optional<String> trustedProxies;

    public String of(HttpServletRequest request) {
        var forwarded = request.getHeaders("X-Forwarded-For");
        return resolve(
                request.getRemoteAddr(),
                forwarded == null ? List.of() : Collections.list(forwarded),
                parse(trustedProxies.orElse("")));
    }

    static Set<String> parse(String list) {
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The client's address given the connection's, every {@code X-Forwarded-For} header and the trusted proxies. */
    static String resolve(String remote, List<String> forwardedFor, Set<String> trusted) {
        if (remote == null || !trusted.contains(remote)) {
            return remote == null ? "unknown" : remote;
        }
        var hops = forwardedFor.stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip)
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!ADDRESS.matcher(hop).matches()) {
                return remote; // garbage where the proxy's entry should be: fall back to what the socket says
            }
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }
}

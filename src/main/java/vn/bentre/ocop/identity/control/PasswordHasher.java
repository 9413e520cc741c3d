package vn.bentre.ocop.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA256 (Jakarta Security's {@link Pbkdf2PasswordHash}): 600,000 iterations
 * by default (OWASP's 2023 advice), a 32-byte random salt, a 32-byte key. The stored form records its own
 * algorithm, iterations and salt, so hashes made with older settings still verify and are upgraded at the
 * next successful sign-in.
 */
@ApplicationScoped
public class PasswordHasher {

    /** The floor the portal refuses to go below, whatever the configuration says. */
    public static final int MINIMUM_ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "portal.password.iterations", defaultValue = "600000")
    int iterations;

    /** Verifying a made-up hash for unknown e-mails keeps the answer time the same as for real accounts. */
    private String decoy;

    @PostConstruct
    void init() {
        iterations = Math.max(iterations, MINIMUM_ITERATIONS);
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("decoy-password-never-used".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return password != null && storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same effort as a real verification, for an e-mail that has no account. */
    public void verifyDecoy(String password) {
        hash.verify(password == null ? new char[0] : password.toCharArray(), decoy);
    }

    /** Whether a stored hash was made with weaker settings than today's and should be re-made. */
    public boolean needsRehash(String storedHash) {
        return storedIterations(storedHash) < iterations;
    }

    /** Stored form: {@code algorithm:iterations:salt:hash}. */
    static int storedIterations(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        try {
            return parts.length == 4 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

package vn.bentre.ocop.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.bentre.ocop.platform.control.BusinessException;

/**
 * Hashes passwords with <b>Argon2id</b> (Bouncy Castle), stored in the PHC string form
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (base64 without padding, 16-byte random salt, 32-byte hash).
 * The default is OWASP's Password Storage Cheat Sheet baseline, m = 19 MiB, t = 2, p = 1, which is also the floor:
 * a configuration below it is raised to it. Of OWASP's equivalent choices it is the one with the least memory per
 * hash but one (7 MiB × 5 passes costs more processor for the same strength), and memory is what many sign-ins at
 * once multiply.
 *
 * <p>Hashes of the portal's first years, PBKDF2-HMAC-SHA256 in Jakarta Security's form
 * {@code PBKDF2WithHmacSHA256:600000:<salt>:<hash>}, still verify, and {@link #needsRehash} says they should be
 * re-made as Argon2id at the next successful sign-in, as it says for Argon2id hashes with weaker parameters.
 *
 * <p>At most {@code portal.password.hashing.concurrency} hashes (default: one per processor) are computed at once, in
 * arrival order, so a crowd signing in at once cannot allocate a crowd's worth of 19 MiB blocks nor starve the rest
 * of the server. Whoever has waited {@code portal.password.hashing.wait-seconds} for a turn gets {@link Busy}, a
 * refusal the pages show as "busy, try again in a moment".
 */
@ApplicationScoped
public class PasswordHasher {

    private static final Logger LOG = Logger.getLogger(PasswordHasher.class.getName());

    /** OWASP's floor for Argon2id (Password Storage Cheat Sheet): 19 MiB, 2 passes, 1 lane. */
    public static final Settings OWASP_FLOOR = new Settings(19_456, 2, 1);

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    /** Limits on what a stored hash may ask for, so a tampered row cannot make one check take minutes or gigabytes. */
    static final Settings MOST_ACCEPTED = new Settings(1_048_576, 64, 16);

    static final int MOST_PBKDF2_ITERATIONS = 10_000_000;

    private static final Set<String> PBKDF2_ALGORITHMS =
            Set.of("PBKDF2WithHmacSHA224", "PBKDF2WithHmacSHA256", "PBKDF2WithHmacSHA384", "PBKDF2WithHmacSHA512");

    private static final Pattern ARGON2ID = Pattern.compile(
            "\\$argon2id\\$v=(\\d+)\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    /** Argon2id's cost: memory in KiB, passes over it, lanes. */
    public record Settings(int memoryKib, int iterations, int parallelism) {

        /** These settings, each raised to OWASP's floor where it is below it. */
        public Settings atLeast(Settings floor) {
            return new Settings(
                    Math.max(memoryKib, floor.memoryKib),
                    Math.max(iterations, floor.iterations),
                    Math.max(parallelism, floor.parallelism));
        }

        boolean atLeastAsStrongAs(Settings other) {
            return memoryKib >= other.memoryKib && iterations >= other.iterations && parallelism >= other.parallelism;
        }

        boolean within(Settings most) {
            return memoryKib >= 8 * parallelism
                    && memoryKib <= most.memoryKib
                    && iterations >= 1
                    && iterations <= most.iterations
                    && parallelism >= 1
                    && parallelism <= most.parallelism;
        }

        String phc() {
            return "m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism;
        }
    }

    /** No turn to hash came within the wait: the person is asked to try again in a moment. */
    public static final class Busy extends BusinessException {

        @Serial
        private static final long serialVersionUID = 1L;

        Busy() {
            super(Kind.CONFLICT, "password.busy");
        }
    }

    @Inject
    @ConfigProperty(name = "portal.password.argon2.memory-kib", defaultValue = "19456")
    int memoryKib;

    @Inject
    @ConfigProperty(name = "portal.password.argon2.iterations", defaultValue = "2")
    int iterations;

    @Inject
    @ConfigProperty(name = "portal.password.argon2.parallelism", defaultValue = "1")
    int parallelism;

    /** Hashes computed at once; 0 means one per processor. */
    @Inject
    @ConfigProperty(name = "portal.password.hashing.concurrency", defaultValue = "0")
    int concurrency;

    @Inject
    @ConfigProperty(name = "portal.password.hashing.wait-seconds", defaultValue = "10")
    int waitSeconds;

    private final SecureRandom random = new SecureRandom();
    private Settings settings;
    private Semaphore turns;
    private Duration longestWait;

    /** Verifying a made-up hash for unknown e-mails keeps the answer time the same as for real accounts. */
    private String decoy;

    /** A hasher outside the container (tests, tools): the settings are raised to the floor as configured ones are. */
    public static PasswordHasher of(Settings settings, int concurrency, Duration longestWait) {
        var hasher = new PasswordHasher();
        hasher.configure(settings, concurrency, longestWait);
        return hasher;
    }

    @PostConstruct
    void init() {
        configure(new Settings(memoryKib, iterations, parallelism), concurrency, Duration.ofSeconds(waitSeconds));
    }

    private void configure(Settings configured, int concurrent, Duration wait) {
        settings = configured.atLeast(OWASP_FLOOR);
        if (!settings.equals(configured)) {
            LOG.warning(() ->
                    "Argon2id settings " + configured.phc() + " are below OWASP's floor; using " + settings.phc());
        }
        if (!settings.within(MOST_ACCEPTED)) {
            throw new IllegalStateException("Argon2id settings out of range: " + settings.phc());
        }
        int permits = concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors();
        turns = new Semaphore(permits, true);
        longestWait = wait.isNegative() ? Duration.ZERO : wait;
        decoy = hash("decoy-password-never-used");
        LOG.info(() -> "Passwords: Argon2id " + settings.phc() + ", at most " + permits + " at once (about "
                + permits * (long) settings.memoryKib / 1024 + " MiB), a turn waited for at most "
                + longestWait.toSeconds() + " s");
    }

    public Settings settings() {
        return settings;
    }

    /** A new Argon2id hash of {@code password} with today's settings and a fresh salt. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = inTurn(() -> argon2id(password, salt, settings, HASH_BYTES));
        var b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$" + settings.phc() + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Whether {@code password} is the one {@code storedHash} was made from (Argon2id, or PBKDF2 of old). */
    public boolean verify(String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        var argon2 = ARGON2ID.matcher(storedHash);
        if (argon2.matches()) {
            return verifyArgon2id(password, argon2);
        }
        String[] pbkdf2 = storedHash.split(":");
        if (pbkdf2.length == 4 && PBKDF2_ALGORITHMS.contains(pbkdf2[0])) {
            return verifyPbkdf2(password, pbkdf2);
        }
        LOG.warning("A stored password hash has a form the portal does not know; the sign-in is refused");
        return false;
    }

    /** Spends the same effort as a real verification, for an e-mail that has no account. */
    public void verifyDecoy(String password) {
        verify(password == null ? "" : password, decoy);
    }

    /** Whether a stored hash is not Argon2id with at least today's settings, and should be re-made. */
    public boolean needsRehash(String storedHash) {
        var argon2 = storedHash == null ? null : ARGON2ID.matcher(storedHash);
        if (argon2 == null || !argon2.matches() || !"19".equals(argon2.group(1))) {
            return true;
        }
        try {
            var stored = new Settings(
                    Integer.parseInt(argon2.group(2)),
                    Integer.parseInt(argon2.group(3)),
                    Integer.parseInt(argon2.group(4)));
            return !stored.atLeastAsStrongAs(settings)
                    || Base64.getDecoder().decode(argon2.group(6)).length < HASH_BYTES;
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }

    private boolean verifyArgon2id(String password, Matcher stored) {
        try {
            var cost = new Settings(
                    Integer.parseInt(stored.group(2)),
                    Integer.parseInt(stored.group(3)),
                    Integer.parseInt(stored.group(4)));
            byte[] salt = Base64.getDecoder().decode(stored.group(5));
            byte[] expected = Base64.getDecoder().decode(stored.group(6));
            if (!"19".equals(stored.group(1))
                    || !cost.within(MOST_ACCEPTED)
                    || salt.length < 8
                    || expected.length < 16) {
                LOG.warning(
                        "A stored Argon2id hash asks for settings the portal does not accept; the sign-in is refused");
                return false;
            }
            byte[] actual = inTurn(() -> argon2id(password, salt, cost, expected.length));
            return MessageDigest.isEqual(actual, expected);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private boolean verifyPbkdf2(String password, String[] stored) {
        try {
            int rounds = Integer.parseInt(stored[1]);
            byte[] salt = Base64.getDecoder().decode(stored[2]);
            byte[] expected = Base64.getDecoder().decode(stored[3]);
            if (rounds < 1 || rounds > MOST_PBKDF2_ITERATIONS || salt.length == 0 || expected.length < 16) {
                return false;
            }
            byte[] actual = inTurn(() -> {
                try {
                    return SecretKeyFactory.getInstance(stored[0])
                            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, rounds, expected.length * 8))
                            .getEncoded();
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            });
            return MessageDigest.isEqual(actual, expected);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    static byte[] argon2id(String password, byte[] salt, Settings cost, int length) {
        var generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    private interface Work {
        byte[] run();
    }

    /** Runs one hash when a turn is free, waiting in arrival order at most {@link #longestWait}. */
    private byte[] inTurn(Work work) {
        try {
            if (!turns.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            return work.run();
        } finally {
            turns.release();
        }
    }
}

package vn.bentre.ocop.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import vn.bentre.ocop.identity.control.PasswordHasher.Settings;

/** Argon2id in PHC form at OWASP's settings or above, the hashes of old still accepted, and hashing in turns. */
class PasswordHasherTest {

    static final PasswordHasher HASHER = PasswordHasher.of(PasswordHasher.OWASP_FLOOR, 2, Duration.ofSeconds(30));

    /** Test vectors of the Argon2 reference implementation (phc-winner-argon2, src/test.c), password "password". */
    static final String REFERENCE_64_MIB =
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

    static final String REFERENCE_256_KIB =
            "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4";

    static final String REFERENCE_TWO_LANES =
            "$argon2id$v=19$m=256,t=2,p=2$c29tZXNhbHQ$bQk8UB/VmZZF4Oo79iDXuL5/0ttZwg2f/5U52iv1cDc";

    @Test
    void aNewHashIsArgon2idInPhcFormWithOwaspsSettingsAndAFreshSalt() {
        String first = HASHER.hash("kẹo dừa Mỏ Cày ngon");
        String second = HASHER.hash("kẹo dừa Mỏ Cày ngon");

        // 16-byte salt = 22 characters, 32-byte hash = 43 characters, base64 without padding
        assertThat(first).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(second).isNotEqualTo(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(first).doesNotContain("kẹo");
        assertThat(HASHER.needsRehash(first)).isFalse();
    }

    @Test
    void theRightPasswordVerifiesAndAnyOtherDoesNot() {
        String stored = HASHER.hash("bưởi da xanh ngon nhất");

        assertThat(HASHER.verify("bưởi da xanh ngon nhất", stored)).isTrue();
        assertThat(HASHER.verify("buoi da xanh ngon nhat", stored)).isFalse();
        assertThat(HASHER.verify("bưởi da xanh ngon nhất ", stored)).isFalse();
        assertThat(HASHER.verify("", stored)).isFalse();
        assertThat(HASHER.verify(null, stored)).isFalse();
        assertThat(HASHER.verify("bưởi da xanh ngon nhất", null)).isFalse();
    }

    @Test
    void theReferenceImplementationsHashesVerifySoTheAlgorithmItselfIsArgon2id() {
        for (String reference : new String[] {REFERENCE_64_MIB, REFERENCE_256_KIB, REFERENCE_TWO_LANES}) {
            assertThat(HASHER.verify("password", reference)).as(reference).isTrue();
            assertThat(HASHER.verify("passwore", reference)).as(reference).isFalse();
        }
        // stronger than today's settings: kept; weaker: re-made at the next sign-in
        assertThat(HASHER.needsRehash(REFERENCE_64_MIB)).isFalse();
        assertThat(HASHER.needsRehash(REFERENCE_256_KIB)).isTrue();
        assertThat(HASHER.needsRehash(REFERENCE_TWO_LANES)).isTrue();
    }

    @Test
    void anOldPbkdf2HashAsJakartaSecurityStoredItStillVerifiesAndAsksToBeRemade() throws Exception {
        String stored = pbkdf2("chanh muối Hải Phượng", 600_000);

        assertThat(HASHER.verify("chanh muối Hải Phượng", stored)).isTrue();
        assertThat(HASHER.verify("chanh muoi Hai Phuong", stored)).isFalse();
        assertThat(HASHER.needsRehash(stored)).isTrue();
        assertThat(HASHER.needsRehash(pbkdf2("chanh muối Hải Phượng", 1_000_000)))
                .as("even more iterations than before: Argon2id is what the portal uses now")
                .isTrue();
    }

    @Test
    void settingsBelowOwaspsFloorAreRaisedToItAndStrongerOnesAreKept() {
        var weak = PasswordHasher.of(new Settings(4_096, 1, 1), 1, Duration.ofSeconds(30));
        var stronger = PasswordHasher.of(new Settings(47_104, 3, 1), 1, Duration.ofSeconds(30));

        assertThat(weak.settings()).isEqualTo(new Settings(19_456, 2, 1));
        assertThat(weak.hash("dừa sáp Cầu Kè")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(stronger.settings()).isEqualTo(new Settings(47_104, 3, 1));
        assertThat(HASHER.needsRehash(stronger.hash("dừa sáp Cầu Kè"))).isFalse();
        assertThat(stronger.needsRehash(HASHER.hash("dừa sáp Cầu Kè")))
                .as("raising the settings re-makes today's hashes at the next sign-in")
                .isTrue();
    }

    @Test
    void aStoredHashAskingForAnAbsurdCostOrInAnUnknownFormIsRefusedWithoutHashing() {
        long started = System.nanoTime();

        assertThat(HASHER.verify("password", REFERENCE_64_MIB.replace("m=65536", "m=4194304")))
                .isFalse();
        assertThat(HASHER.verify("password", REFERENCE_64_MIB.replace("t=2", "t=100000")))
                .isFalse();
        assertThat(HASHER.verify("password", REFERENCE_64_MIB.replace("v=19", "v=16")))
                .isFalse();
        assertThat(HASHER.verify("password", "PBKDF2WithHmacSHA256:2000000000:c29tZXNhbHQ=:c29tZXNhbHQ="))
                .isFalse();
        assertThat(HASHER.verify("password", "plain:password")).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(HASHER.needsRehash("plain:password")).isTrue();
    }

    @Test
    void hashesWaitForATurnAndWhoeverWaitsTooLongIsToldTheServerIsBusy() throws Exception {
        var oneAtATime = PasswordHasher.of(PasswordHasher.OWASP_FLOOR, 1, Duration.ZERO);
        var patient = PasswordHasher.of(PasswordHasher.OWASP_FLOOR, 1, Duration.ofSeconds(60));

        assertThat(outcomes(oneAtATime, 4))
                .as("no wait allowed: some are turned away")
                .contains("busy");
        assertThat(outcomes(patient, 4))
                .as("a wait long enough: all hashed, one after the other")
                .containsOnly("hashed");
    }

    private static ArrayList<String> outcomes(PasswordHasher hasher, int together) throws Exception {
        var start = new CyclicBarrier(together);
        var futures = new ArrayList<Future<String>>();
        try (var pool = Executors.newFixedThreadPool(together)) {
            for (int i = 0; i < together; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        hasher.hash("xoài cát Hòa Lộc");
                        return "hashed";
                    } catch (PasswordHasher.Busy busy) {
                        assertThat(busy.getMessageKey()).isEqualTo("password.busy");
                        return "busy";
                    }
                }));
            }
        }
        var outcomes = new ArrayList<String>();
        for (var future : futures) {
            outcomes.add(future.get());
        }
        return outcomes;
    }

    /** A hash as Jakarta Security's Pbkdf2PasswordHash stored it: algorithm:iterations:salt:hash, base64. */
    static String pbkdf2(String password, int iterations) throws Exception {
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
                .getEncoded();
        return "PBKDF2WithHmacSHA256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }
}

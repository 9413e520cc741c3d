package vn.bentre.ocop.training.control;

import java.security.SecureRandom;

/**
 * Certificate verification codes: 20 characters from an alphabet without look-alikes (no 0/O, 1/I/L), grouped in
 * fours for reading aloud: 100 random bits, so codes cannot be guessed or enumerated.
 */
public final class CertificateCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {}

    public static String next() {
        var code = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether a typed code has the shape of a code (so a malformed one is answered without a query). */
    public static boolean looksValid(String code) {
        return code != null && code.matches("^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){4}$");
    }
}

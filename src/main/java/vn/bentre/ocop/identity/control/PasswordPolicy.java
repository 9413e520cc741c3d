package vn.bentre.ocop.identity.control;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, after NIST SP 800-63B: long enough, not absurdly long, not a well-known
 * password, not the e-mail address. No composition rules: they make passwords harder to remember, not to guess.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "1234567890",
            "12345678910",
            "0123456789",
            "1111111111",
            "0000000000",
            "1234512345",
            "123456789a",
            "a123456789",
            "qwertyuiop",
            "password12",
            "password123",
            "matkhau123",
            "iloveyou123",
            "abc1234567",
            "123456abc",
            "admin12345",
            "ocop123456",
            "bentre1234",
            "vietnam123",
            "anhyeuem123",
            "qwerty1234",
            "1qaz2wsx3edc",
            "zaq12wsxcde");

    private PasswordPolicy() {}

    /** The bundle key of the first rule the password breaks, if any. */
    public static Optional<String> violation(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 3) {
            return Optional.of("password.tooCommon");
        }
        if (email != null && lower.equals(email.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.sameAsEmail");
        }
        return Optional.empty();
    }
}

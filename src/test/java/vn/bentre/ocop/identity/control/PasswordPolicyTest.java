package vn.bentre.ocop.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongVietnamesePhraseIsAccepted() {
        assertThat(PasswordPolicy.violation("kẹo dừa Mỏ Cày ngon", "a@b.vn")).isEmpty();
    }

    @Test
    void nineCharactersAreTooShortCountingLettersNotBytes() {
        assertThat(PasswordPolicy.violation("đường bộ", "a@b.vn")).contains("password.tooShort");
        assertThat(PasswordPolicy.violation(null, "a@b.vn")).contains("password.tooShort");
    }

    @Test
    void commonAndRepetitivePasswordsAreRefused() {
        assertThat(PasswordPolicy.violation("1234567890", "a@b.vn")).contains("password.tooCommon");
        assertThat(PasswordPolicy.violation("MatKhau123", "a@b.vn")).contains("password.tooCommon");
        assertThat(PasswordPolicy.violation("aaaaaaaaaaaa", "a@b.vn")).contains("password.tooCommon");
    }

    @Test
    void theEmailAddressIsNotAPassword() {
        assertThat(PasswordPolicy.violation("Linh.Pham@htx.vn", "linh.pham@htx.vn"))
                .contains("password.sameAsEmail");
    }

    @Test
    void overlongPasswordsAreRefused() {
        assertThat(PasswordPolicy.violation("x".repeat(60) + "y".repeat(69), "a@b.vn"))
                .contains("password.tooLong");
    }
}

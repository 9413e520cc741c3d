package vn.bentre.ocop.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginBackingTest {

    @Test
    void signInReturnsOnlyToPathsOfThePortal() {
        assertThat(LoginBacking.isLocalPath("/khoa-hoc/quan-tri-htx-k1")).isTrue();
        assertThat(LoginBacking.isLocalPath("/tim-kiem?q=dua&trang=2")).isTrue();
        assertThat(LoginBacking.isLocalPath("//evil.example/x")).isFalse();
        assertThat(LoginBacking.isLocalPath("/\\evil.example")).isFalse();
        assertThat(LoginBacking.isLocalPath("https://evil.example/")).isFalse();
        assertThat(LoginBacking.isLocalPath("javascript:alert(1)")).isFalse();
        assertThat(LoginBacking.isLocalPath(null)).isFalse();
    }
}

package vn.bentre.ocop.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestGuardsTest {

    @Test
    void originsAreComparedWithDefaultPortsMadeExplicit() {
        assertThat(SameOriginFilter.origin("https://ocop.bentre.gov.vn/dang-nhap"))
                .isEqualTo("https://ocop.bentre.gov.vn:443");
        assertThat(SameOriginFilter.origin("http://127.0.0.1:8080")).isEqualTo("http://127.0.0.1:8080");
        assertThat(SameOriginFilter.origin("HTTP://Example.VN/x")).isEqualTo("http://example.vn:80");
    }

    @Test
    void unparseableOriginsMatchNothing() {
        assertThat(SameOriginFilter.origin("null")).isNull();
        assertThat(SameOriginFilter.origin("::not a url")).isNull();
    }

    @Test
    void languageSwitchOnlyReturnsToLocalPaths() {
        assertThat(LanguageServlet.localPath("/tin-tuc?trang=2")).isEqualTo("/tin-tuc?trang=2");
        assertThat(LanguageServlet.localPath("//evil.example/")).isEqualTo("/");
        assertThat(LanguageServlet.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(LanguageServlet.localPath("/\\evil.example")).isEqualTo("/");
        assertThat(LanguageServlet.localPath("/a\r\nSet-Cookie: x=y")).isEqualTo("/");
        assertThat(LanguageServlet.localPath(null)).isEqualTo("/");
    }
}

package vn.bentre.ocop.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagePolicyTest {

    @Test
    void publicPagesAreStatelessRoleFoldersAreNot() {
        assertThat(PagePolicy.isStateless("/index.xhtml")).isTrue();
        assertThat(PagePolicy.isStateless("/dang-nhap.xhtml")).isTrue();
        assertThat(PagePolicy.isStateless("/WEB-INF/errorpages/404.xhtml")).isTrue();
        assertThat(PagePolicy.isStateless("/quan-tri/nguoi-dung.xhtml")).isFalse();
        assertThat(PagePolicy.isStateless("/ca-nhan/ho-so.xhtml")).isFalse();
        assertThat(PagePolicy.isStateless("/giang-vien/index.xhtml")).isFalse();
        assertThat(PagePolicy.isStateless("/bien-tap/index.xhtml")).isFalse();
    }
}

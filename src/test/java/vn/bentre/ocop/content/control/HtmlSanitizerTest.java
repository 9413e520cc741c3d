package vn.bentre.ocop.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    @Test
    void removesScripts() {
        String clean = HtmlSanitizer.sanitize("<p>Tin</p><script>alert('x')</script>");
        assertThat(clean)
                .isEqualTo("<p>Tin</p>")
                .doesNotContainIgnoringCase("script")
                .doesNotContain("alert");
    }

    @Test
    void removesEventHandlers() {
        assertThat(HtmlSanitizer.sanitize("<p onclick=\"steal()\">Bấm</p>")).isEqualTo("<p>Bấm</p>");
    }

    @Test
    void removesJavascriptLinksButKeepsTheirText() {
        String clean = HtmlSanitizer.sanitize("<p><a href=\"javascript:steal()\">Xem</a></p>");
        assertThat(clean)
                .doesNotContainIgnoringCase("javascript")
                .doesNotContain("href")
                .contains("Xem");
    }

    @Test
    void removesStyles() {
        String clean = HtmlSanitizer.sanitize("<style>p{display:none}</style><p style=\"color:red\">Đỏ</p>");
        assertThat(clean).isEqualTo("<p>Đỏ</p>");
    }

    @Test
    void removesImagesAndFrames() {
        assertThat(HtmlSanitizer.sanitize("<img src=x onerror=alert(1)><iframe src=\"https://a.b\"></iframe><p>x</p>"))
                .isEqualTo("<p>x</p>");
    }

    @Test
    void keepsTheAllowedMarkup() {
        String html = "<h2>Mục</h2><h3>Mục con</h3><p>Đoạn <strong>đậm</strong> và <em>nghiêng</em><br />tiếp</p>"
                + "<ul><li>một</li></ul><ol><li>hai</li></ol>";
        assertThat(HtmlSanitizer.sanitize(html)).isEqualTo(html);
    }

    @Test
    void keepsWebAndMailLinksMarkedNofollow() {
        assertThat(HtmlSanitizer.sanitize("<a href=\"https://ocop.gov.vn\">OCOP</a>"))
                .isEqualTo("<a href=\"https://ocop.gov.vn\" rel=\"nofollow\">OCOP</a>");
        assertThat(HtmlSanitizer.sanitize("<a href=\"mailto:ocop@bentre.gov.vn\">thư</a>"))
                .isEqualTo("<a href=\"mailto:ocop&#64;bentre.gov.vn\" rel=\"nofollow\">thư</a>");
    }

    @Test
    void isEmptyForNothing() {
        assertThat(HtmlSanitizer.sanitize(null)).isEmpty();
    }

    @Test
    void cleanTellsWhatWasRemovedSoTheAuthorCanBeWarned() {
        var result = HtmlSanitizer.clean("<p style=\"color:red\" onclick=\"x()\">Tin</p><script>alert(1)</script>");

        assertThat(result.html()).isEqualTo("<p>Tin</p>");
        assertThat(result.removed()).containsExactlyInAnyOrder("style", "onclick", "script");
        assertThat(HtmlSanitizer.clean("<h2>Mục</h2><p><strong>Đậm</strong></p>")
                        .changed())
                .as("allowed markup is no cause for a warning")
                .isFalse();
    }
}

package vn.bentre.ocop.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuillMarkupTest {

    private static final String UI = "<span class=\"ql-ui\" contenteditable=\"false\"></span>";

    @Test
    void aBulletedListStaysBulletedThroughTheSanitizer() {
        String fromEditor = "<p>Quy trình gồm <strong>ba bước</strong>:</p><ol><li data-list=\"bullet\">" + UI
                + "Rửa sạch</li><li data-list=\"bullet\">" + UI + "Đóng hộp</li></ol>";

        var result = HtmlSanitizer.clean(fromEditor);

        assertThat(result.html())
                .isEqualTo("<p>Quy trình gồm <strong>ba bước</strong>:</p><ul><li>Rửa sạch</li><li>Đóng hộp</li></ul>");
        assertThat(result.removed()).as("nothing the author wrote was lost").isEmpty();
    }

    @Test
    void adjacentListsOfBothKindsAreSplitInOrder() {
        String fromEditor = "<ol><li data-list=\"ordered\">Một</li><li data-list=\"ordered\">Hai</li>"
                + "<li data-list=\"bullet\">Dừa</li><li data-list=\"ordered\">Ba</li></ol>";

        assertThat(HtmlSanitizer.sanitize(fromEditor))
                .isEqualTo("<ol><li>Một</li><li>Hai</li></ol><ul><li>Dừa</li></ul><ol><li>Ba</li></ol>");
    }

    @Test
    void listsWrittenByHandAreLeftAsTheyAre() {
        String html = "<ol><li>Một<ul><li>a</li></ul></li><li>Hai</li></ol><ul><li>Dừa</li></ul>";

        assertThat(QuillMarkup.normalize(html)).isEqualTo(html);
        assertThat(HtmlSanitizer.sanitize(html)).isEqualTo(html);
    }
}

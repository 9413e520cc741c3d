package vn.bentre.ocop.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.bentre.ocop.content.control.RevisionDiff.Change;
import vn.bentre.ocop.content.control.RevisionDiff.Line;

class RevisionDiffTest {

    @Test
    void bodiesAreComparedParagraphByParagraphAsVisibleText() {
        var lines = RevisionDiff.ofHtml(
                "<h2>Mục tiêu</h2><p>200 sản phẩm &amp; 3 sao</p><p>Hết.</p>",
                "<h2>Mục tiêu</h2><p>250 sản phẩm &amp; 3 sao</p><p>Hết.</p><ul><li>Mới</li></ul>");

        assertThat(lines)
                .containsExactly(
                        new Line(Change.SAME, "Mục tiêu", "Mục tiêu"),
                        new Line(Change.CHANGED, "200 sản phẩm & 3 sao", "250 sản phẩm & 3 sao"),
                        new Line(Change.SAME, "Hết.", "Hết."),
                        new Line(Change.ADDED, "", "Mới"));
        assertThat(RevisionDiff.differs(lines)).isTrue();
    }

    @Test
    void identicalTextsDoNotDifferAndLinesAreNotEscapedTwice() {
        var lines = RevisionDiff.ofText("Tôm <khô>", "Tôm <khô>");

        assertThat(RevisionDiff.differs(lines)).isFalse();
        assertThat(lines).containsExactly(new Line(Change.SAME, "Tôm <khô>", "Tôm <khô>"));
        assertThat(RevisionDiff.ofText(null, "Mới")).containsExactly(new Line(Change.ADDED, "", "Mới"));
    }
}

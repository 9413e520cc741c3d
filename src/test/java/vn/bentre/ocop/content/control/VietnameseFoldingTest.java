package vn.bentre.ocop.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseFoldingTest {

    @Test
    void everySpellingOfBenTreFoldsAlike() {
        assertThat(VietnameseFolding.fold("Bến Tre")).isEqualTo("ben tre");
        assertThat(VietnameseFolding.fold("BẾN TRE")).isEqualTo("ben tre");
        assertThat(VietnameseFolding.fold("bến tre")).isEqualTo("ben tre");
        assertThat(VietnameseFolding.fold("ben tre")).isEqualTo("ben tre");
    }

    @Test
    void dStrokeFoldsToD() {
        assertThat(VietnameseFolding.fold("Đánh giá, phân hạng")).isEqualTo("danh gia, phan hang");
        assertThat(VietnameseFolding.fold("đường ĐỒNG")).isEqualTo("duong dong");
    }

    @Test
    void decomposedInputFoldsLikeComposed() {
        String decomposed = Normalizer.normalize("Chợ Lách", Normalizer.Form.NFD);
        assertThat(VietnameseFolding.fold(decomposed)).isEqualTo("cho lach");
        assertThat(VietnameseFolding.lower(decomposed)).isEqualTo("chợ lách");
    }

    @Test
    void whitespaceIsCollapsedAndTrimmed() {
        assertThat(VietnameseFolding.fold("  Sản \t phẩm\n\nOCOP  ")).isEqualTo("san pham ocop");
        assertThat(VietnameseFolding.fold(null)).isEmpty();
    }

    @Test
    void lowerKeepsTheDiacritics() {
        assertThat(VietnameseFolding.lower("BẾN TRE")).isEqualTo("bến tre");
    }

    @Test
    void alignedFoldingKeepsPositionsSoMatchesCanBeMarked() {
        String text = VietnameseFolding.normal("Hội đồng Bến Tre");
        String folded = VietnameseFolding.foldAligned(text);
        assertThat(folded).isEqualTo("hoi dong ben tre").hasSameSizeAs(text);
    }

    @Test
    void wordsAreLettersAndDigitsOnly() {
        assertThat(VietnameseFolding.words("148/QĐ-TTg 100% a_b")).containsExactly("148", "QĐ", "TTg", "100", "a", "b");
    }
}

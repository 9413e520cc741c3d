package vn.bentre.ocop.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.bentre.ocop.content.entity.ContentItem;

class SlugsTest {

    @Test
    void stripsVietnameseTonesAndLetterMarks() {
        assertThat(Slugs.of("Hội đồng cấp tỉnh đánh giá, phân hạng sản phẩm OCOP"))
                .isEqualTo("hoi-dong-cap-tinh-danh-gia-phan-hang-san-pham-ocop");
        assertThat(Slugs.of("Ưu tiên ở Thạnh Phú: ăn, mặc, ở")).isEqualTo("uu-tien-o-thanh-phu-an-mac-o");
    }

    @Test
    void mapsDWithStrokeToD() {
        assertThat(Slugs.of("Đường tỉnh đã được đầu tư")).isEqualTo("duong-tinh-da-duoc-dau-tu");
    }

    @Test
    void givesTheSameSlugWhateverTheUnicodeForm() {
        String composed = java.text.Normalizer.normalize("Chợ Lách", java.text.Normalizer.Form.NFC);
        String decomposed = java.text.Normalizer.normalize("Chợ Lách", java.text.Normalizer.Form.NFD);
        assertThat(Slugs.of(decomposed)).isEqualTo(Slugs.of(composed)).isEqualTo("cho-lach");
    }

    @Test
    void joinsWordsWithSingleHyphensAndTrimsTheEnds() {
        assertThat(Slugs.of("  Bản tin số 1 -- tháng 10/2026!  ")).isEqualTo("ban-tin-so-1-thang-10-2026");
    }

    @Test
    void isEmptyWhenNothingIsLeft() {
        assertThat(Slugs.of("!!! ... ???")).isEmpty();
        assertThat(Slugs.of(null)).isEmpty();
    }

    @Test
    void cutsLongTitlesBetweenWords() {
        assertThat(Slugs.of("một hai ba bốn", 10)).isEqualTo("mot-hai-ba");
        assertThat(Slugs.of("một hai ba bốn", 9)).isEqualTo("mot-hai");
        assertThat(Slugs.of("khongcokhoangtrang", 5)).isEqualTo("khong");
    }

    @Test
    void fitsTheSlugColumnAndPattern() {
        String slug = Slugs.of("Sản phẩm OCOP ".repeat(30));
        assertThat(slug).hasSizeLessThanOrEqualTo(ContentItem.SLUG_MAX).matches(ContentItem.SLUG_PATTERN);
    }
}

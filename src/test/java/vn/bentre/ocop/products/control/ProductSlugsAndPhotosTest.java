package vn.bentre.ocop.products.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.bentre.ocop.platform.control.BusinessException;

class ProductSlugsAndPhotosTest {

    @Test
    void slugsAreAsciiFromVietnameseNamesAndUnique() {
        assertThat(ProductSlugs.of("Bánh phồng Sơn Đốc")).isEqualTo("banh-phong-son-doc");
        assertThat(ProductSlugs.of("Kẹo dừa — Mỏ Cày (loại 1)")).isEqualTo("keo-dua-mo-cay-loai-1");
        assertThat(ProductSlugs.of("★★★")).isEqualTo("san-pham");
        assertThat(ProductSlugs.unique("dau-dua", Set.of("dau-dua", "dau-dua-2")))
                .isEqualTo("dau-dua-3");
    }

    @Test
    void aPhotoIsCheckedByItsContentNotItsName() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", out);

        assertThat(ProductPhotos.mediaTypeOf(out.toByteArray())).isEqualTo("image/png");
        assertThatThrownBy(() -> ProductPhotos.mediaTypeOf("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("products.photo.notImage");
        byte[] truncatedPng = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0};
        assertThatThrownBy(() -> ProductPhotos.mediaTypeOf(truncatedPng))
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("products.photo.notImage");
    }

    @Test
    void filterWordsGoBothWays() {
        for (var category : vn.bentre.ocop.products.entity.ProductCategory.values()) {
            assertThat(ProductFilterSlugs.category(ProductFilterSlugs.of(category)))
                    .contains(category);
        }
        assertThat(ProductFilterSlugs.ownerType("lang-nghe"))
                .contains(vn.bentre.ocop.directory.entity.OrganisationType.CRAFT_VILLAGE);
        assertThat(ProductFilterSlugs.category("khong-co")).isEmpty();
    }
}

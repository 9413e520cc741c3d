package vn.bentre.ocop.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.bentre.ocop.support.SampleFiles;

class ImageVariantsTest {

    @Test
    void largeImageIsReducedToTheLongestSideLimitKeepingItsShape() throws Exception {
        var variant = ImageVariants.of(SampleFiles.image("jpg", 3200, 1800), "image/jpeg")
                .orElseThrow();

        assertThat(variant.width()).isEqualTo(1600);
        assertThat(variant.height()).isEqualTo(900);
        var decoded = ImageIO.read(new ByteArrayInputStream(variant.bytes()));
        assertThat(decoded.getWidth()).isEqualTo(1600);
        assertThat(variant.mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void smallImageKeepsItsSizeButIsReencoded() {
        var original = SampleFiles.image("png", 300, 200);
        var variant = ImageVariants.of(original, "image/png").orElseThrow();

        assertThat(variant.width()).isEqualTo(300);
        assertThat(variant.bytes()).isNotEqualTo(original);
    }

    @Test
    void imageThatDoesNotDecodeIsRefused() {
        var broken = SampleFiles.image("png", 50, 50);
        java.util.Arrays.fill(broken, 30, broken.length, (byte) 0);

        assertThatThrownBy(() -> ImageVariants.of(broken, "image/png"))
                .hasFieldOrPropertyWithValue("messageKey", "upload.imageUnreadable");
    }
}

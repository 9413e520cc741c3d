package vn.bentre.ocop.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The texts an English reader once saw in Vietnamese (issue 10): both bundles hold the same keys, the course topics
 * in common use have a label in each language, and the charts' labels break into lines instead of being cut off.
 */
class PageTextsTest {

    static Properties bundle(String language) throws IOException {
        var properties = new Properties();
        try (var in = PageTextsTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHoldTheSameKeys() throws IOException {
        var vietnamese = bundle("vi");
        var english = bundle("en");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
        assertThat(vietnamese.stringPropertyNames())
                .contains(
                        "footer.governingBody",
                        "footer.address",
                        "footer.responsible",
                        "layout.areas",
                        "products.starsWord");
    }

    @Test
    void theDemoCourseTopicsAreTranslated() throws IOException {
        var english = bundle("en");
        for (String topic :
                List.of("Quản trị", "Tiếp thị số", "Truy xuất nguồn gốc", "Bao bì, nhãn mác", "An toàn thực phẩm")) {
            assertThat(english.getProperty(TopicLabels.keyOf(topic))).as(topic).isNotBlank();
            assertThat(bundle("vi").getProperty(TopicLabels.keyOf(topic))).isEqualTo(topic);
        }
        assertThat(new TopicLabels().label("Truy xuất nguồn gốc", Locale.ENGLISH))
                .isEqualTo("Traceability");
        assertThat(new TopicLabels().label("Nuôi ong lấy mật", Locale.ENGLISH)).isEqualTo("Nuôi ong lấy mật");
    }

    @Test
    void longChartLabelsBreakIntoLines() {
        assertThat(ChartJson.lines("Tỷ lệ chủ thể OCOP là hợp tác xã", 22))
                .containsExactly("Tỷ lệ chủ thể OCOP là", "hợp tác xã");
        assertThat(ChartJson.lines("2025", 22)).containsExactly("2025");
        assertThat(ChartJson.lines("Sản phẩm đạt từ 3 sao trở lên", 22))
                .containsExactly("Sản phẩm đạt từ 3 sao", "trở lên");
    }
}

package vn.bentre.ocop.view.bientap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.bentre.ocop.view.giangvien.MaterialPreviewBacking;

/**
 * The previews render the public detail include with their own bean: every {@code bean.x} the detail part of it
 * reads must exist on the preview's bean, or every preview answers 500 (PropertyNotFoundException).
 */
class PreviewBackingTest {

    private static final Path INCLUDES = Path.of("src/main/webapp/WEB-INF/includes/content");
    private static final Pattern BEAN_PROPERTY = Pattern.compile("#\\{[^}]*?\\bbean\\.([a-zA-Z]+)");

    @Test
    void thePreviewsOfferEveryPropertyTheDetailIncludesRead() throws IOException {
        var read = new TreeSet<String>(Set.of("detail", "item"));
        for (String include : new String[] {"item-head.xhtml", "item-extras.xhtml"}) {
            var matcher = BEAN_PROPERTY.matcher(Files.readString(INCLUDES.resolve(include)));
            while (matcher.find()) {
                read.add(matcher.group(1));
            }
        }
        assertThat(read).contains("details", "pathOf", "shareUrl");

        for (var bean : new Class<?>[] {PreviewBacking.class, MaterialPreviewBacking.class}) {
            assertThat(read.stream().filter(name -> !offers(bean, name)))
                    .as("properties the include reads that %s lacks", bean.getSimpleName())
                    .isEmpty();
        }
    }

    private static boolean offers(Class<?> bean, String name) {
        String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return Arrays.stream(bean.getMethods())
                .anyMatch(m -> m.getName().equals(name)
                        || m.getParameterCount() == 0
                                && (m.getName().equals("get" + capital)
                                        || m.getName().equals("is" + capital)));
    }
}

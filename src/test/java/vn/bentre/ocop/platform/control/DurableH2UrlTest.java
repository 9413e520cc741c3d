package vn.bentre.ocop.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * H2 delays writes by 500 ms by default: a kill -9 lost enrolments already answered 201. The default database URL
 * (and the one the integration tests run on) must make every commit durable with {@code WRITE_DELAY=0}.
 */
class DurableH2UrlTest {

    @Test
    void defaultH2UrlWritesEveryCommitAtOnce() throws Exception {
        var properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            assertThat(in).isNotNull();
            properties.load(in);
        }
        String url = properties.getProperty("portal.db.url");
        assertThat(url).startsWith("jdbc:h2:file:");
        assertThat(url.toUpperCase()).contains(";WRITE_DELAY=0");
    }

    @Test
    void integrationTestH2UrlWritesEveryCommitAtOnce() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        var matcher = Pattern.compile("<it\\.db\\.url>(jdbc:h2:[^<]*)</it\\.db\\.url>")
                .matcher(pom);
        assertThat(matcher.find()).as("pom.xml defines an H2 it.db.url").isTrue();
        assertThat(matcher.group(1).toUpperCase()).contains(";WRITE_DELAY=0");
    }
}

package vn.bentre.ocop.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The last good copies kept for a database outage: one per page, within their budget, kept across a publish. */
class PageCacheTest {

    private static SealedPage page(int kilobytes, char fill) {
        byte[] body = String.valueOf(fill).repeat(kilobytes * 1024).getBytes(StandardCharsets.UTF_8);
        return SealedPage.of(body, StandardCharsets.UTF_8, null);
    }

    private static PageCache cache(int megabytes) {
        var cache = new PageCache();
        cache.seconds = 10;
        cache.lastGoodMegabytes = megabytes;
        return cache;
    }

    @Test
    void aPublishClearsTheFreshPagesButNotTheLastGoodCopies() {
        var cache = cache(1);
        var made = Instant.parse("2026-12-05T01:00:00Z");
        cache.put("vi /", page(4, 'a'), "text/html");
        cache.keepLastGood("vi /", page(4, 'a'), "text/html", made);

        cache.clear();

        assertThat(cache.get("vi /")).isEmpty();
        assertThat(cache.lastGood("vi /"))
                .get()
                .extracting(PageCache.LastGood::madeAt)
                .isEqualTo(made);
    }

    @Test
    void aNewRenderingReplacesTheCopyAndTheOldestGoWhenTheBudgetIsFull() {
        var cache = cache(1); // 1 MB: room for four pages of 250 KB
        for (int i = 0; i < 4; i++) {
            cache.keepLastGood("vi /p" + i, page(250, 'x'), "text/html", Instant.EPOCH);
        }
        cache.keepLastGood("vi /p0", page(250, 'y'), "text/html", Instant.EPOCH.plusSeconds(60));
        assertThat(cache.lastGood("vi /p0").orElseThrow().body()[0]).isEqualTo((byte) 'y');

        cache.keepLastGood("vi /p4", page(250, 'z'), "text/html", Instant.EPOCH);

        assertThat(cache.lastGood("vi /p1"))
                .as("the least recently stored went first")
                .isEmpty();
        assertThat(cache.lastGood("vi /p0")).as("stored again, so kept").isPresent();
        assertThat(cache.lastGood("vi /p2")).isPresent();
        assertThat(cache.lastGood("vi /p4")).isPresent();
    }

    @Test
    void noBudgetKeepsNoCopies() {
        var cache = cache(0);
        cache.keepLastGood("vi /", page(1, 'a'), "text/html", Instant.EPOCH);
        assertThat(cache.lastGood("vi /")).isEmpty();
    }
}

package vn.bentre.ocop.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The portal's time comes from one place, and a test can stop it at an instant of its choosing. */
class PortalClockTest {

    static final Pattern SYSTEM_TIME = Pattern.compile(
            "\\b(LocalDate|LocalDateTime|LocalTime|Instant|ZonedDateTime"
                    + "|OffsetDateTime|Year|YearMonth)\\.now\\(\\s*\\)|new Date\\(\\s*\\)|Clock\\.system(DefaultZone|UTC)?\\("
                    + "|System\\.currentTimeMillis\\(|ZoneId\\.systemDefault\\(|TimeZone\\.getDefault\\(|Calendar\\.getInstance\\(");

    @Test
    void aFixedInstantStopsTheClockInThePortalsZone() {
        var clock = new PortalClock();
        clock.zone = PortalClock.DEFAULT_ZONE;
        clock.fixed = java.util.Optional.of("2026-12-04T17:30:00Z");
        clock.init();
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(clock.now()).isEqualTo(LocalDateTime.of(2026, 12, 5, 0, 30));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-04T17:30:00Z"));
        assertThat(new PortalClockProvider(clock.clock()).getClock().instant()).isEqualTo(clock.instant());
    }

    @Test
    void withoutAFixedInstantTheClockRuns() {
        var clock = new PortalClock();
        clock.zone = PortalClock.DEFAULT_ZONE;
        clock.fixed = java.util.Optional.empty();
        clock.init();
        assertThat(clock.zone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(clock.clock().instant()).isBetween(Instant.EPOCH.plusSeconds(1), Instant.MAX);
    }

    /** Every "now" and "today" goes through {@link PortalClock}: no code asks the JVM's clock or zone itself. */
    @Test
    void nothingButThePortalClockReadsTheSystemClock() throws IOException {
        var offenders = new ArrayList<String>();
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            for (var file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = file.getFileName().toString();
                if (name.equals("PortalClock.java") || name.equals("PortalClockProvider.java")) {
                    continue;
                }
                var lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (SYSTEM_TIME.matcher(lines.get(i)).find()) {
                        offenders.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}

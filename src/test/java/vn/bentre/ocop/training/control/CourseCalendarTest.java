package vn.bentre.ocop.training.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseCalendarTest {

    @Test
    void eachSessionIsAnEventInHoChiMinhTimeWithFoldedEscapedLines() {
        var start = LocalDateTime.of(2026, 12, 10, 7, 30);
        byte[] ics = CourseCalendar.build(
                "ocop-enrolment-7",
                "ocop-bentre.vn",
                "Quản trị hợp tác xã; kế hoạch kinh doanh, sản phẩm OCOP và truy xuất nguồn gốc cho hợp tác xã",
                "https://ocop-bentre.vn/khoa-hoc/quan-tri-htx-k1",
                List.of(
                        new CourseCalendar.Event(51, start, start.plusHours(4), "Hội trường xã Giồng Trôm", null),
                        new CourseCalendar.Event(
                                52, start.plusHours(6), start.plusHours(10), "Hội trường xã Giồng Trôm", null)),
                LocalDateTime.of(2026, 12, 1, 2, 0));
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text).contains("TZID:Asia/Ho_Chi_Minh", "TZOFFSETTO:+0700");
        assertThat(text).contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20261210T073000\r\n");
        assertThat(text).contains("DTEND;TZID=Asia/Ho_Chi_Minh:20261210T173000\r\n");
        assertThat(text).contains("UID:ocop-enrolment-7-52@ocop-bentre.vn", "DTSTAMP:20261201T020000Z");
        assertThat(text.split("BEGIN:VEVENT", -1)).hasSize(3);
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = text.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Quản trị hợp tác xã\\; kế hoạch kinh doanh\\, sản phẩm OCOP");
    }

    @Test
    void certificateCodesAreLongRandomAndReadable() {
        String code = CertificateCodes.next();
        assertThat(code).hasSize(24).matches("[2-9A-HJKMNP-Z-]+");
        assertThat(CertificateCodes.looksValid(code)).isTrue();
        assertThat(CertificateCodes.looksValid("abcd")).isFalse();
        assertThat(CertificateCodes.next()).isNotEqualTo(code);
    }
}

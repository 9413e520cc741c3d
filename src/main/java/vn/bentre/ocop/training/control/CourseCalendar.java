package vn.bentre.ocop.training.control;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.bentre.ocop.training.entity.CourseSession;

/**
 * An iCalendar file (RFC 5545) with one event per session of a course, attached to the confirmation mail. Times
 * are local times in Asia/Ho_Chi_Minh with that zone's definition inside the file (UTC+7 all year, no daylight
 * saving), so every calendar shows them at the right hour. Lines end in CRLF and are folded at 75 octets.
 */
public final class CourseCalendar {

    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
    public static final String ZONE = "Asia/Ho_Chi_Minh";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private CourseCalendar() {}

    /** One session of the calendar: its id (for a stable UID), times, place and link. */
    public record Event(long sessionId, LocalDateTime starts, LocalDateTime ends, String location, String url) {
        public static Event of(CourseSession session, String courseUrl) {
            String place = session.getVenue() == null ? session.getOnlineLink() : session.getVenue();
            return new Event(session.getId(), session.getStartsAt(), session.getEndsAt(), place, courseUrl);
        }
    }

    public static byte[] build(
            String uidPrefix, String host, String title, String description, List<Event> events, LocalDateTime nowUtc) {
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//OCOP Ben Tre//Cong thong tin OCOP//VI");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + ZONE);
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19750613T000000");
        line(out, "TZOFFSETFROM:+0700");
        line(out, "TZOFFSETTO:+0700");
        line(out, "TZNAME:ICT");
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
        String stamp = nowUtc.atOffset(ZoneOffset.UTC).format(LOCAL) + "Z";
        for (var event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + uidPrefix + "-" + event.sessionId() + "@" + host);
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;TZID=" + ZONE + ":" + event.starts().format(LOCAL));
            line(out, "DTEND;TZID=" + ZONE + ":" + event.ends().format(LOCAL));
            line(out, "SUMMARY:" + escape(title));
            if (description != null) {
                line(out, "DESCRIPTION:" + escape(description));
            }
            if (event.location() != null) {
                line(out, "LOCATION:" + escape(event.location()));
            }
            if (event.url() != null) {
                line(out, "URL:" + event.url());
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Folds a content line so no line is longer than 75 octets, never splitting a UTF-8 character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}

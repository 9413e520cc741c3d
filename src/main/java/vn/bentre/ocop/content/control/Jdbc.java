package vn.bentre.ocop.content.control;

import java.sql.Timestamp;
import java.time.LocalDateTime;

/** Values of native query results, which drivers return in their own types. */
final class Jdbc {

    private Jdbc() {}

    static LocalDateTime time(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDateTime time -> time;
            case Timestamp timestamp -> timestamp.toLocalDateTime();
            default -> throw new IllegalArgumentException("Not a timestamp: " + value.getClass());
        };
    }
}

package vn.bentre.ocop.view;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/** The {@code ?trang=} parameter of paginated public lists: absent means page 1; anything but a page number is no page. */
public final class PageParameter {

    public static final String NAME = "trang";

    /** Far beyond any real list; keeps a made-up number from overflowing the row offset. */
    static final int MAX_PAGE = 100_000;

    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,5}");

    private PageParameter() {}

    public static OptionalInt parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return OptionalInt.of(1);
        }
        if (!DIGITS.matcher(raw).matches()) {
            return OptionalInt.empty();
        }
        int page = Integer.parseInt(raw);
        return page <= MAX_PAGE ? OptionalInt.of(page) : OptionalInt.empty();
    }
}

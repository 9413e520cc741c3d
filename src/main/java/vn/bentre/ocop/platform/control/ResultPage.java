package vn.bentre.ocop.platform.control;

import java.util.List;

/**
 * One page of a list that is paginated in the database: the rows of page {@code number} (1-based) and how many
 * rows match in all. Getters only, so pages can read it with plain EL.
 */
public final class ResultPage<T> {

    private final List<T> items;
    private final int number;
    private final int size;
    private final long total;

    public ResultPage(List<T> items, int number, int size, long total) {
        if (number < 1 || size < 1) {
            throw new IllegalArgumentException("Pages are numbered from 1 and hold at least one row");
        }
        this.items = List.copyOf(items);
        this.number = number;
        this.size = size;
        this.total = total;
    }

    /** The first row of page {@code number}, for {@code setFirstResult}. */
    public static int firstRow(int number, int size) {
        return Math.multiplyExact(number - 1, size);
    }

    public List<T> getItems() {
        return items;
    }

    public int getNumber() {
        return number;
    }

    public long getTotal() {
        return total;
    }

    /** At least one, so an empty list still has a page to show its "nothing yet" message on. */
    public int getPageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean isFirst() {
        return number == 1;
    }

    public boolean isLast() {
        return number >= getPageCount();
    }

    /** Whether the page asked for lies beyond the last one (an outdated or made-up link). */
    public boolean isBeyondEnd() {
        return number > getPageCount();
    }
}

package vn.bentre.ocop.platform.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of every export (reports, rosters, organisations, open data): UTF-8 with a byte-order mark
 * (so spreadsheet programs read the Vietnamese letters), RFC 4180 quoting, CRLF line ends, and every cell that a
 * spreadsheet would run as a formula neutralised (CSV injection, OWASP): a cell beginning with {@code = + - @},
 * a tab or a carriage return (or a line feed) is written with a single quote in front, so it is shown as the text
 * it is. The one exception is a cell that is wholly a plain number ({@code -12}, {@code +3.5}, {@code -1E5}):
 * a spreadsheet reads it as that number and it cannot call anything, so negative figures stay numbers.
 * Numbers given as {@link Number} are written as they print.
 */
public final class CsvWriter implements AutoCloseable {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FORMULA_START = "=+-@\t\r\n";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?([eE][+-]?\\d+)?");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CSVPrinter printer;

    public CsvWriter() {
        out.writeBytes(BOM);
        try {
            printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole file: a header row and the rows. */
    public static byte[] write(List<String> header, Iterable<? extends List<?>> rows) {
        try (var csv = new CsvWriter()) {
            csv.row(header);
            for (var row : rows) {
                csv.row(row);
            }
            return csv.bytes();
        }
    }

    /** One record; null cells are written empty. */
    public CsvWriter row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** One record; null cells are written empty. */
    public CsvWriter row(List<?> cells) {
        try {
            for (Object cell : cells) {
                printer.print(cell instanceof Number ? cell.toString() : cell == null ? "" : safe(cell.toString()));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The file so far, byte-order mark first. */
    public byte[] bytes() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A cell a spreadsheet would take for a formula, with a single quote in front; any other cell as it is. */
    public static String safe(String cell) {
        if (cell.isEmpty()
                || FORMULA_START.indexOf(cell.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    @Override
    public void close() {
        try {
            printer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

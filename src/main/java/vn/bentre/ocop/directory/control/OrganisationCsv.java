package vn.bentre.ocop.directory.control;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.bentre.ocop.directory.entity.Organisation;
import vn.bentre.ocop.directory.entity.OrganisationType;
import vn.bentre.ocop.platform.control.BusinessException;

/**
 * Reads a CSV file of organisations (UTF-8, comma or semicolon, a header row naming the columns) and says what is
 * wrong with each row. Columns: {@code loai} (type), {@code ten} (name), {@code ma_so_thue} (tax code, optional),
 * {@code ma_xa} (the commune's code), {@code dia_chi}, {@code dien_thoai}, {@code email} (optional). A file that is
 * not text, or has no such header, is refused as a whole.
 */
public final class OrganisationCsv {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    public static final List<String> REQUIRED = List.of("loai", "ten", "ma_xa");
    public static final List<String> COLUMNS =
            List.of("loai", "ten", "ma_so_thue", "ma_xa", "dia_chi", "dien_thoai", "email");

    private static final Pattern TAX_CODE = Pattern.compile(Organisation.TAX_CODE_PATTERN);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9 +().-]{6,20}$");

    /** Types by their enum name or their Vietnamese name without diacritics. */
    private static final Map<String, OrganisationType> TYPES = Map.ofEntries(
            Map.entry("hop tac xa", OrganisationType.COOPERATIVE),
            Map.entry("htx", OrganisationType.COOPERATIVE),
            Map.entry("doanh nghiep", OrganisationType.ENTERPRISE),
            Map.entry("cong ty", OrganisationType.ENTERPRISE),
            Map.entry("ho kinh doanh", OrganisationType.HOUSEHOLD_BUSINESS),
            Map.entry("co so san xuat", OrganisationType.HOUSEHOLD_BUSINESS),
            Map.entry("co quan", OrganisationType.AGENCY),
            Map.entry("lang nghe", OrganisationType.CRAFT_VILLAGE));

    /** What is wrong with one cell of one row: the line in the file, the column and a bundle key. */
    public record RowError(int line, String column, String messageKey) implements Serializable {}

    /** One data row as read, with what is wrong with it (nothing, if it can be imported). */
    public record Row(
            int line,
            OrganisationType type,
            String typeText,
            String name,
            String taxCode,
            String communeCode,
            String address,
            String phone,
            String email,
            List<RowError> errors)
            implements Serializable {

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    private OrganisationCsv() {}

    /**
     * Reads the file and checks every row: against each other (a tax code twice), and against the database through
     * {@code communeExists} (the commune's code names a commune valid today) and {@code takenTaxCodes}.
     */
    public static List<Row> read(byte[] bytes, Predicate<String> communeExists, Set<String> takenTaxCodes) {
        String text = decode(bytes);
        List<CSVRecord> records = records(text);
        var rows = new ArrayList<Row>();
        var seenTaxCodes = new HashSet<String>();
        for (CSVRecord record : records) {
            if (isBlankRecord(record)) {
                continue;
            }
            rows.add(check(record, communeExists, takenTaxCodes, seenTaxCodes));
        }
        if (rows.isEmpty()) {
            throw BusinessException.invalid("directory.import.empty");
        }
        if (rows.size() > MAX_ROWS) {
            throw BusinessException.invalid("directory.import.tooManyRows", MAX_ROWS);
        }
        return rows;
    }

    private static String decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw BusinessException.invalid("directory.import.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw BusinessException.invalid("directory.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw BusinessException.invalid("directory.import.notCsv");
            }
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw BusinessException.invalid("directory.import.notCsv");
        }
    }

    private static List<CSVRecord> records(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') > firstLine.indexOf(',') ? ';' : ',';
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true)
                .get();
        try (var parser = format.parse(new StringReader(text))) {
            var header = parser.getHeaderNames().stream().map(String::strip).toList();
            if (!header.containsAll(REQUIRED)) {
                throw BusinessException.invalid("directory.import.badHeader", String.join(", ", COLUMNS));
            }
            return parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw BusinessException.invalid("directory.import.notCsv");
        }
    }

    private static boolean isBlankRecord(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Row check(
            CSVRecord record, Predicate<String> communeExists, Set<String> takenTaxCodes, Set<String> seenTaxCodes) {
        int line = (int) record.getRecordNumber() + 1;
        var errors = new ArrayList<RowError>();
        String typeText = value(record, "loai");
        OrganisationType type = typeOf(typeText).orElse(null);
        if (type == null) {
            errors.add(new RowError(line, "loai", "directory.import.error.type"));
        }
        String name = value(record, "ten");
        if (name == null) {
            errors.add(new RowError(line, "ten", "directory.import.error.nameRequired"));
        } else if (name.length() > Organisation.NAME_MAX) {
            errors.add(new RowError(line, "ten", "directory.import.error.nameTooLong"));
        }
        String taxCode = value(record, "ma_so_thue");
        if (taxCode != null) {
            if (!TAX_CODE.matcher(taxCode).matches()) {
                errors.add(new RowError(line, "ma_so_thue", "directory.import.error.taxCode"));
            } else if (takenTaxCodes.contains(taxCode)) {
                errors.add(new RowError(line, "ma_so_thue", "directory.import.error.taxCodeTaken"));
            } else if (!seenTaxCodes.add(taxCode)) {
                errors.add(new RowError(line, "ma_so_thue", "directory.import.error.taxCodeTwice"));
            }
        }
        String commune = value(record, "ma_xa");
        if (commune == null) {
            errors.add(new RowError(line, "ma_xa", "directory.import.error.communeRequired"));
        } else if (!communeExists.test(commune)) {
            errors.add(new RowError(line, "ma_xa", "directory.import.error.commune"));
        }
        String address = value(record, "dia_chi");
        if (address != null && address.length() > Organisation.ADDRESS_MAX) {
            errors.add(new RowError(line, "dia_chi", "directory.import.error.addressTooLong"));
        }
        String phone = value(record, "dien_thoai");
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new RowError(line, "dien_thoai", "directory.import.error.phone"));
        }
        String email = value(record, "email");
        if (email != null
                && (email.length() > Organisation.EMAIL_MAX
                        || !EMAIL.matcher(email).matches())) {
            errors.add(new RowError(line, "email", "directory.import.error.email"));
        }
        return new Row(line, type, typeText, name, taxCode, commune, address, phone, email, List.copyOf(errors));
    }

    static Optional<OrganisationType> typeOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        for (OrganisationType type : OrganisationType.values()) {
            if (type.name().equals(upper)) {
                return Optional.of(type);
            }
        }
        return Optional.ofNullable(TYPES.get(fold(text)));
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd').replaceAll("\\s+", " ");
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package vn.bentre.ocop.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://x\",\"y\")",
                "+cmd|' /C calc'!A0",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+1)*cmd|' /C calc'!A0",
                "\t=1+1",
                "\r=1+1",
                "=1",
                "-",
                "+84 275 3822 123"
            })
    void formulaLeadingCellsGetASingleQuote(String cell) {
        assertThat(CsvWriter.safe(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12", "-3.5", "-3,5", "+7", "0", "42", "-1E5", "Hợp tác xã Dừa Xanh", "a=b", ""})
    void numbersAndOrdinaryTextStayAsTheyAre(String cell) {
        assertThat(CsvWriter.safe(cell)).isEqualTo(cell);
    }

    @Test
    void cellsGivenOneByOneMayBeNull() {
        try (var csv = new CsvWriter()) {
            byte[] bytes = csv.row("=1", null, 3).bytes();
            assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                    .isEqualTo("'=1,,3\r\n");
        }
    }

    @Test
    void fileHasBomHeaderQuotingAndNeutralisedCells() {
        byte[] bytes = CsvWriter.write(
                List.of("tên", "số"),
                List.of(
                        Arrays.asList("=HYPERLINK(\"http://x\",\"y\")", -5),
                        Arrays.asList("Dừa, kẹo", new BigDecimal("-2.50")),
                        Arrays.asList(null, "-7")));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text)
                .isEqualTo("tên,số\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-5\r\n"
                        + "\"Dừa, kẹo\",-2.50\r\n"
                        + "\"\",-7\r\n");
    }
}

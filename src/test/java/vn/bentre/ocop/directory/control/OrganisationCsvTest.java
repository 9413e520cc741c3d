package vn.bentre.ocop.directory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.bentre.ocop.directory.entity.OrganisationType;
import vn.bentre.ocop.platform.control.BusinessException;

class OrganisationCsvTest {

    static final String HEADER = "loai,ten,ma_so_thue,ma_xa,dia_chi,dien_thoai,email\n";

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void goodRowsAreReadWithVietnameseTypeNames() {
        var rows = OrganisationCsv.read(
                csv(HEADER + "Hợp tác xã,HTX Dừa Bình Thạnh,1300123456,xa-thanh-phu,Ấp 3,0275 3855 123,htx@example.vn\n"
                        + "CRAFT_VILLAGE,Làng nghề đan đát Phú Lễ,,xa-ba-tri,,,\n"),
                code -> code.startsWith("xa-"),
                Set.of());

        assertThat(rows).hasSize(2).allMatch(OrganisationCsv.Row::isValid);
        assertThat(rows.get(0).type()).isEqualTo(OrganisationType.COOPERATIVE);
        assertThat(rows.get(0).name()).isEqualTo("HTX Dừa Bình Thạnh");
        assertThat(rows.get(1).type()).isEqualTo(OrganisationType.CRAFT_VILLAGE);
        assertThat(rows.get(1).taxCode()).isNull();
    }

    @Test
    void everyBadCellIsReportedWithItsLine() {
        var rows = OrganisationCsv.read(
                csv(HEADER + "nông trại,,12AB,xa-khong-co,,abc,not-an-email\n"
                        + "Doanh nghiệp,Công ty A,1300123456,xa-ba-tri,,,\n"
                        + "Doanh nghiệp,Công ty B,1300123456,xa-ba-tri,,,\n"
                        + "Doanh nghiệp,Công ty C,1300999999,xa-ba-tri,,,\n"),
                code -> code.equals("xa-ba-tri"),
                Set.of("1300999999"));

        assertThat(rows.get(0).errors())
                .extracting(OrganisationCsv.RowError::column)
                .containsExactly("loai", "ten", "ma_so_thue", "ma_xa", "dien_thoai", "email");
        assertThat(rows.get(0).errors()).allMatch(e -> e.line() == 2);
        assertThat(rows.get(1).isValid()).isTrue();
        assertThat(rows.get(2).errors())
                .extracting(OrganisationCsv.RowError::messageKey)
                .containsExactly("directory.import.error.taxCodeTwice");
        assertThat(rows.get(3).errors())
                .extracting(OrganisationCsv.RowError::messageKey)
                .containsExactly("directory.import.error.taxCodeTaken");
    }

    @Test
    void semicolonsAndAByteOrderMarkAreAccepted() {
        var rows = OrganisationCsv.read(
                csv("\uFEFFloai;ten;ma_xa\nhộ kinh doanh;Cơ sở kẹo dừa Tư Hiền;xa-mo-cay\n"), c -> true, Set.of());

        assertThat(rows)
                .singleElement()
                .satisfies(r -> assertThat(r.type()).isEqualTo(OrganisationType.HOUSEHOLD_BUSINESS));
    }

    @Test
    void aFileThatIsNotCsvIsRefusedAsAWhole() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
        assertThatThrownBy(() -> OrganisationCsv.read(png, c -> true, Set.of()))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("directory.import.notCsv");
        assertThatThrownBy(() -> OrganisationCsv.read(csv("just some words\nand more\n"), c -> true, Set.of()))
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("directory.import.badHeader");
        assertThatThrownBy(() -> OrganisationCsv.read(csv(HEADER), c -> true, Set.of()))
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("directory.import.empty");
    }
}

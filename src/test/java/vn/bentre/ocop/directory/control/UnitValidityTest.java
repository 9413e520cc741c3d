package vn.bentre.ocop.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.bentre.ocop.directory.entity.AdminLevel;
import vn.bentre.ocop.directory.entity.AdminUnit;

class UnitValidityTest {

    static final LocalDate BEGIN = LocalDate.of(2021, 1, 1);
    static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);

    final AdminUnit district = new AdminUnit("huyen-giong-trom", "Huyện Giồng Trôm", AdminLevel.DISTRICT, null, BEGIN);
    final AdminUnit oldCommune = new AdminUnit("xa-hung-nhuong", "Xã Hưng Nhượng", AdminLevel.COMMUNE, district, BEGIN);
    final AdminUnit newCommune = new AdminUnit("xa-giong-trom", "Xã Giồng Trôm", AdminLevel.COMMUNE, null, REORGANISED);

    UnitValidityTest() {
        oldCommune.endValidity(REORGANISED.minusDays(1), newCommune);
        district.endValidity(REORGANISED.minusDays(1), null);
    }

    @Test
    void aRecordMadeBeforeTheReorganisationKeepsItsUnitOnItsOwnDate() {
        assertThat(UnitValidity.unitOn(oldCommune, LocalDate.of(2023, 5, 10))).contains(oldCommune);
        assertThat(UnitValidity.unitOn(oldCommune, REORGANISED.minusDays(1))).contains(oldCommune);
    }

    @Test
    void todaysUnitFollowsTheSuccessor() {
        assertThat(UnitValidity.unitOn(oldCommune, REORGANISED)).contains(newCommune);
        assertThat(UnitValidity.unitOn(oldCommune, LocalDate.of(2026, 11, 30))).contains(newCommune);
    }

    @Test
    void aUnitAbolishedWithoutSuccessorHasNoUnitToday() {
        assertThat(UnitValidity.unitOn(district, LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(UnitValidity.unitOn(district, LocalDate.of(2024, 1, 1))).contains(district);
    }

    @Test
    void aDayBeforeAUnitExistedHasNoUnit() {
        assertThat(UnitValidity.unitOn(newCommune, LocalDate.of(2024, 1, 1))).isEmpty();
    }

    @Test
    void newRecordsMayOnlyNameAUnitValidThatDay() {
        var today = LocalDate.of(2026, 11, 30);
        assertThat(UnitValidity.acceptsNewRecordsOn(newCommune, today)).isTrue();
        assertThat(UnitValidity.acceptsNewRecordsOn(oldCommune, today)).isFalse();
    }
}

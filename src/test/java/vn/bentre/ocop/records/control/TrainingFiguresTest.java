package vn.bentre.ocop.records.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.bentre.ocop.records.control.TrainingFigures.Completion;
import vn.bentre.ocop.records.control.TrainingFigures.Row;

class TrainingFiguresTest {

    static final LocalDate SPRING = LocalDate.of(2025, 4, 1);

    @Test
    void countsDistinctPeopleAndSumsHoursPerGroup() {
        var completions = List.of(
                new Completion(1, "Quản trị", 16, SPRING),
                new Completion(1, "Quản trị", 8, SPRING),
                new Completion(2, "Quản trị", 16, SPRING),
                new Completion(3, "Marketing", 12, SPRING));

        var rows = TrainingFigures.count(completions, c -> List.of(c.topic()), "—");

        assertThat(rows).containsExactly(new Row("Quản trị", 2, 3, 40), new Row("Marketing", 1, 1, 12));
    }

    @Test
    void aPersonInTwoGroupsCountsInEachAndAPersonInNoneIsNotDropped() {
        Map<Long, List<String>> organisations = Map.of(1L, List.of("Hợp tác xã", "Doanh nghiệp"), 2L, List.of());
        var completions = List.of(new Completion(1, "Quản trị", 16, SPRING), new Completion(2, "Quản trị", 8, SPRING));

        var rows = TrainingFigures.count(completions, c -> organisations.get(c.personId()), "Chưa gắn tổ chức");

        assertThat(rows)
                .extracting(Row::group)
                .containsExactlyInAnyOrder("Hợp tác xã", "Doanh nghiệp", "Chưa gắn tổ chức");
        assertThat(rows.stream().mapToInt(Row::people).sum()).isEqualTo(3);
    }

    @Test
    void nothingToCountGivesNoRows() {
        assertThat(TrainingFigures.count(List.of(), c -> List.of(c.topic()), "—"))
                .isEmpty();
        assertThat(TrainingFigures.people(List.of())).isZero();
        assertThat(TrainingFigures.years(List.of())).isEmpty();
    }

    @Test
    void percentRoundsHalfUpAndNeverDividesByZero() {
        assertThat(TrainingFigures.percent(1, 3)).isEqualTo(33);
        assertThat(TrainingFigures.percent(2, 3)).isEqualTo(67);
        assertThat(TrainingFigures.percent(1, 8)).isEqualTo(13);
        assertThat(TrainingFigures.percent(10, 10)).isEqualTo(100);
        assertThat(TrainingFigures.percent(5, 0)).isZero();
    }

    @Test
    void yearsAreNewestFirstWithoutRepeats() {
        var completions = List.of(
                new Completion(1, "a", 1, LocalDate.of(2024, 1, 1)),
                new Completion(2, "a", 1, LocalDate.of(2026, 1, 1)),
                new Completion(3, "a", 1, LocalDate.of(2024, 6, 1)));
        assertThat(TrainingFigures.years(completions)).containsExactly(2026, 2024);
    }
}

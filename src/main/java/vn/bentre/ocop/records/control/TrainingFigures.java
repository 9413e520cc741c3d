package vn.bentre.ocop.records.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The arithmetic of the training reports, apart from the database: completions (a person, a topic, hours, a day)
 * counted by group as distinct people and summed hours. A person in two groups (two organisations) counts once in
 * each; a person in none counts in the "no group" row, so no completion is ever dropped from a report.
 */
public final class TrainingFigures {

    /** One completed course or external training. */
    public record Completion(long personId, String topic, int hours, LocalDate completedOn) {}

    /** One row of a report: a group, how many different people, how many completions and hours. */
    public record Row(String group, int people, int completions, int hours) {}

    private TrainingFigures() {}

    /**
     * Counts the completions by the groups {@code groupsOf} gives each; {@code none} names the group of a completion
     * that has no group. Rows are ordered by people, then hours, then name.
     */
    public static List<Row> count(
            Collection<Completion> completions, Function<Completion, Collection<String>> groupsOf, String none) {
        Map<String, Set<Long>> people = new HashMap<>();
        Map<String, int[]> totals = new HashMap<>();
        for (var c : completions) {
            var groups = groupsOf.apply(c);
            for (String group : groups.isEmpty() ? List.of(none) : groups) {
                people.computeIfAbsent(group, g -> new HashSet<>()).add(c.personId());
                var t = totals.computeIfAbsent(group, g -> new int[2]);
                t[0]++;
                t[1] += c.hours();
            }
        }
        var rows = new ArrayList<Row>();
        people.forEach((group, persons) -> {
            var t = totals.get(group);
            rows.add(new Row(group, persons.size(), t[0], t[1]));
        });
        rows.sort(Comparator.comparingInt(Row::people)
                .reversed()
                .thenComparing(Comparator.comparingInt(Row::hours).reversed())
                .thenComparing(Row::group));
        return rows;
    }

    /** Distinct people with at least one completion. */
    public static int people(Collection<Completion> completions) {
        return (int) completions.stream().map(Completion::personId).distinct().count();
    }

    /** Share in whole percent, rounded half up; 0 when there is nothing to divide by. */
    public static int percent(long part, long whole) {
        return whole <= 0 ? 0 : (int) ((part * 200 + whole) / (2 * whole));
    }

    /** The years that have completions, newest first. */
    public static List<Integer> years(Collection<Completion> completions) {
        var years = new TreeMap<Integer, Boolean>(Comparator.reverseOrder());
        completions.forEach(c -> years.put(c.completedOn().getYear(), true));
        return List.copyOf(years.keySet());
    }
}

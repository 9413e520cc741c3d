package vn.bentre.ocop.records.control;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A person's capacity-building record: what they completed, grouped by year (newest first), with hours and topics,
 * and what they are enrolled in or waiting for now. Small and serializable, for pages and transcripts alike.
 */
public record LearningRecord(
        long personId,
        String name,
        String email,
        List<String> organisations,
        List<Year> years,
        List<Entry> upcoming,
        List<Entry> waitlisted)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Where an entry comes from: a course completed on the portal, or training recorded from elsewhere. */
    public enum Source {
        COURSE,
        EXTERNAL
    }

    /**
     * One course or training. {@code reference} is the course code or the provider; {@code certificate} the
     * portal's verification code (or the certificate number given for external training); {@code position} the
     * place on a waiting list.
     */
    public record Entry(
            Source source,
            String reference,
            String title,
            String topic,
            int hours,
            LocalDate from,
            LocalDate to,
            LocalDate completedOn,
            String certificate,
            String note,
            Integer position)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        public boolean isVerifiable() {
            return source == Source.COURSE && certificate != null;
        }
    }

    /** The completions of one year, newest first, with their hours and the topics they covered. */
    public record Year(int year, List<Entry> entries, int hours, List<String> topics) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** Groups completed entries by the year of their completion, newest year and newest entry first. */
    public static List<Year> byYear(List<Entry> completed) {
        var grouped = new TreeMap<Integer, List<Entry>>(Comparator.reverseOrder());
        for (var entry : completed) {
            grouped.computeIfAbsent(entry.completedOn().getYear(), y -> new ArrayList<>())
                    .add(entry);
        }
        var years = new ArrayList<Year>();
        grouped.forEach((year, entries) -> {
            entries.sort(Comparator.comparing(Entry::completedOn).reversed().thenComparing(Entry::title));
            years.add(new Year(
                    year,
                    List.copyOf(entries),
                    entries.stream().mapToInt(Entry::hours).sum(),
                    List.copyOf(new TreeSet<>(entries.stream().map(Entry::topic).toList()))));
        });
        return List.copyOf(years);
    }

    public int getTotalHours() {
        return years.stream().mapToInt(Year::hours).sum();
    }

    public int getCompletedCount() {
        return years.stream().mapToInt(y -> y.entries().size()).sum();
    }

    /** Every topic the person has completed training in, alphabetically. */
    public List<String> getTopics() {
        return List.copyOf(
                new TreeSet<>(years.stream().flatMap(y -> y.topics().stream()).toList()));
    }

    public boolean isEmpty() {
        return years.isEmpty() && upcoming.isEmpty() && waitlisted.isEmpty();
    }
}

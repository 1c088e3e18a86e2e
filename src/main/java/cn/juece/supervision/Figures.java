package cn.juece.supervision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every figure of the dashboard with the decisions behind it. Each figure has a drill-down key
 * ({@code review}, {@code review.base}, {@code days.Task_DraftDecision}, {@code overdue.reviewer},
 * {@code stage.CallActivity_LegalityReview}) naming exactly the decisions it counts.
 */
public record Figures(SupervisionFilter filter, int decisions, List<Rate> rates, List<StageDays> stageDays,
                      List<OverdueGroup> overdue, List<StageCount> byStage) {

    /** The decisions behind a figure, with a note for each (days spent, overdue tasks), or empty if no such figure. */
    public Optional<Map<Long, String>> drill(String key) {
        Map<String, Map<Long, String>> all = new LinkedHashMap<>();
        rates.forEach(rate -> {
            all.put(rate.key(), noNotes(rate.numerator()));
            all.put(rate.key() + ".base", noNotes(rate.denominator()));
        });
        stageDays.forEach(days -> all.put("days." + days.stage().activityId(), days.days()));
        overdue.forEach(group -> all.put("overdue." + group.group(), group.tasks()));
        byStage.forEach(count -> all.put("stage." + count.stage().activityId(), noNotes(count.ids())));
        return Optional.ofNullable(all.get(key));
    }

    private static Map<Long, String> noNotes(List<Long> ids) {
        Map<Long, String> notes = new LinkedHashMap<>();
        ids.forEach(id -> notes.put(id, ""));
        return notes;
    }

    /** numerator / denominator, as decision ids; the percentage is shown with one decimal. */
    public record Rate(String key, List<Long> numerator, List<Long> denominator) {

        public String percent() {
            return denominator.isEmpty() ? "—"
                    : String.format("%.1f%%", 100.0 * numerator.size() / denominator.size());
        }

        public double share() {
            return denominator.isEmpty() ? 0 : (double) numerator.size() / denominator.size();
        }
    }

    /** Calendar days the finished decisions spent in a stage: decision id → days. */
    public record StageDays(Stage stage, Map<Long, String> days, double average, double maximum) {

        public int count() {
            return days.size();
        }

        public String averageText() {
            return String.format("%.1f", average);
        }

        public String maximumText() {
            return String.format("%.1f", maximum);
        }
    }

    /** Overdue open tasks answerable by one group: decision id → the overdue tasks' names. */
    public record OverdueGroup(String group, String groupName, int taskCount, Map<Long, String> tasks) {
    }

    /** The open decisions standing in a stage now. */
    public record StageCount(Stage stage, List<Long> ids) {
    }
}

package cn.juece.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import cn.juece.supervision.Figures.OverdueGroup;
import cn.juece.supervision.Figures.Rate;
import cn.juece.supervision.Figures.StageCount;
import cn.juece.supervision.Figures.StageDays;

/**
 * The supervision dashboard (法治督察): the figures of one organ, unit and year, each defined
 * once here (the page's footnotes, keys {@code supervision.def.*}, say the same in words):
 * <ul>
 * <li>coverage 目录化管理率: decisions proposed in scope whose catalogue item is published / decisions proposed;</li>
 * <li>review 合法性审查率: decisions whose latest meeting was scheduled while a LAWFUL, LAWFUL_WITH_CHANGES or
 * EXPLORATORY review stood (no revision after it) / decisions whose meeting was scheduled;</li>
 * <li>risk 风险评估率: risky decisions (the DMN's requiredProcedures holds RISK) with a Task_AssessRisk entry /
 * risky decisions; risk.skipped: risky decisions not assessed whose latest confirmation skipped it with a reason;</li>
 * <li>participation 公众参与率: decisions with procedures confirmed whose latest draft is not public-exempt and that
 * opened a consultation / such decisions; participation.skipped: such decisions that skipped it with a reason;</li>
 * <li>days per stage: calendar days (24 h each, one decimal) between the start and end of a stage of the main
 * procedure in the engine's activity history, summed over repeats, for decisions that finished the stage;</li>
 * <li>overdue 超期任务红榜: open tasks past their due date by the group answerable (see {@link OverdueTasks});</li>
 * <li>by stage: open decisions by the stages they stand in now (a decision in parallel stages counts in each).</li>
 * </ul>
 */
@Service
public class Dashboard {

    private final FactsLoader loader;
    private final OverdueTasks overdueTasks;
    private final JdbcTemplate jdbc;

    Dashboard(FactsLoader loader, OverdueTasks overdueTasks, JdbcTemplate jdbc) {
        this.loader = loader;
        this.overdueTasks = overdueTasks;
        this.jdbc = jdbc;
    }

    public Figures figures(SupervisionFilter filter) {
        List<DecisionFacts> facts = loader.load(filter);
        List<Rate> rates = new ArrayList<>();
        rates.add(rate("coverage", facts, d -> true, d -> d.itemPublished));
        rates.add(rate("review", facts, d -> d.reachedMeeting, d -> d.reviewedBeforeMeeting));
        rates.add(rate("risk", facts, d -> d.risky, d -> d.riskAssessed));
        rates.add(rate("risk.skipped", facts, d -> d.risky, d -> d.riskSkipped));
        Predicate<DecisionFacts> participationRequired = d -> d.proceduresConfirmed && !d.notPublic;
        rates.add(rate("participation", facts, participationRequired, d -> d.consulted));
        rates.add(rate("participation.skipped", facts, participationRequired,
                d -> d.participationSkipped && !d.consulted));
        return new Figures(filter, facts.size(), rates, stageDays(facts), overdue(facts), byStage(facts));
    }

    /** The rows of a drill-down list, in the order of the figure's decisions. */
    public List<DecisionRow> rows(Figures figures, Map<Long, String> notes) {
        Map<Long, DecisionFacts> byId = loader.load(figures.filter()).stream()
                .collect(Collectors.toMap(d -> d.id, d -> d));
        return notes.entrySet().stream().map(note -> {
            DecisionFacts d = byId.get(note.getKey());
            return new DecisionRow(d.id, d.reference, d.title, d.organ, d.unit, d.status, d.proposedAt, note.getValue());
        }).toList();
    }

    public List<String> organs() {
        return jdbc.queryForList("select distinct organ from catalogue_item order by organ", String.class);
    }

    public List<Integer> years() {
        return jdbc.queryForList("select distinct catalogue_year from catalogue_item order by catalogue_year desc",
                Integer.class);
    }

    private static Rate rate(String key, List<DecisionFacts> facts, Predicate<DecisionFacts> base,
                             Predicate<DecisionFacts> counted) {
        List<Long> denominator = facts.stream().filter(base).map(d -> d.id).toList();
        List<Long> numerator = facts.stream().filter(base.and(counted)).map(d -> d.id).toList();
        return new Rate(key, numerator, denominator);
    }

    private static List<StageDays> stageDays(List<DecisionFacts> facts) {
        return Stage.ALL.stream().map(stage -> {
            Map<Long, Double> days = new LinkedHashMap<>();
            facts.stream().filter(d -> d.stageDays.containsKey(stage.activityId()))
                    .forEach(d -> days.put(d.id, d.stageDays.get(stage.activityId())));
            Map<Long, String> notes = new LinkedHashMap<>();
            days.entrySet().stream().sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
                    .forEach(e -> notes.put(e.getKey(), String.format("%.1f", e.getValue())));
            double average = days.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double maximum = days.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            return new StageDays(stage, notes, average, maximum);
        }).filter(days -> days.count() > 0).toList();
    }

    private List<OverdueGroup> overdue(List<DecisionFacts> facts) {
        Map<String, Long> idOf = facts.stream().collect(Collectors.toMap(d -> d.reference, d -> d.id));
        Map<String, List<OverdueTasks.OverdueTask>> byGroup = new TreeMap<>();
        overdueTasks.of(Set.copyOf(idOf.keySet()))
                .forEach(task -> byGroup.computeIfAbsent(task.group(), g -> new ArrayList<>()).add(task));
        return byGroup.values().stream().map(tasks -> {
            Map<Long, String> notes = new TreeMap<>();
            tasks.forEach(task -> notes.merge(idOf.get(task.reference()), task.taskName(), (a, b) -> a + "、" + b));
            return new OverdueGroup(tasks.get(0).group(), tasks.get(0).groupName(), tasks.size(),
                    new LinkedHashMap<>(notes));
        }).sorted(Comparator.comparingInt(OverdueGroup::taskCount).reversed()).toList();
    }

    private static List<StageCount> byStage(List<DecisionFacts> facts) {
        return Stage.ALL.stream().map(stage -> new StageCount(stage, facts.stream()
                        .filter(d -> d.isOpen() && d.currentStages.contains(stage.activityId())).map(d -> d.id)
                        .toList()))
                .filter(count -> !count.ids().isEmpty()).toList();
    }
}

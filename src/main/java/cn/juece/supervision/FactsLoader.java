package cn.juece.supervision;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.juece.procedure.ShanghaiTime;

/**
 * Gathers the facts of every decision in scope with a fixed number of set-based queries
 * (decisions, dossier entries, consultations, the main process's activity history, the DMN
 * result variable in batches), never one engine call per decision.
 */
@Component
class FactsLoader {

    private static final int BATCH = 500;
    private static final List<String> ENTRY_ACTIVITIES = List.of("Task_DecideInitiation", "Task_DraftDecision",
            "Task_ConfirmProcedures", "Task_AssessRisk", "Task_ReviewLegality", "Task_ReviseDraft",
            "Task_ScheduleMeeting");
    private static final List<String> LAWFUL = List.of("LAWFUL", "LAWFUL_WITH_CHANGES", "EXPLORATORY");

    private final JdbcTemplate jdbc;
    private final HistoryService history;
    private final ObjectMapper json;

    FactsLoader(JdbcTemplate jdbc, HistoryService history, ObjectMapper json) {
        this.jdbc = jdbc;
        this.history = history;
        this.json = json;
    }

    List<DecisionFacts> load(SupervisionFilter filter) {
        Scope scope = Scope.of(filter);
        Map<Long, DecisionFacts> facts = new LinkedHashMap<>();
        jdbc.query("""
                select d.id, d.reference, d.title, d.status, d.proposed_at, d.process_instance_id,
                       c.organ, c.status item_status, c.sponsor_unit
                from decision d join catalogue_item c on c.id = d.catalogue_item_id
                where d.id in (""" + scope.sql + ") order by d.id", rs -> {
            facts.put(rs.getLong("id"), new DecisionFacts(rs.getLong("id"), rs.getString("reference"),
                    rs.getString("title"), rs.getString("organ"), rs.getString("status"),
                    rs.getTimestamp("proposed_at").toInstant(), "PUBLISHED".equals(rs.getString("item_status")),
                    rs.getString("process_instance_id"), rs.getString("sponsor_unit")));
        }, scope.args());
        readDossier(scope, facts);
        jdbc.query("select distinct decision_id from consultation where decision_id in (" + scope.sql + ")",
                rs -> { facts.get(rs.getLong(1)).consulted = true; }, scope.args());
        readStages(scope, facts);
        readRequiredProcedures(facts.values());
        return facts.values().stream()
                .filter(decision -> filter.unit() == null || filter.unit().equals(decision.unit))
                .toList();
    }

    /** Entries in recorded order; the latest initiation, draft and confirmation hold. */
    private void readDossier(Scope scope, Map<Long, DecisionFacts> facts) {
        String activities = ENTRY_ACTIVITIES.stream().map(a -> "'" + a + "'").collect(Collectors.joining(","));
        Map<Long, Boolean> lawfulStanding = new LinkedHashMap<>();
        jdbc.query("select decision_id, activity_id, content from dossier_entry where activity_id in (" + activities
                + ") and decision_id in (" + scope.sql + ") order by decision_id, recorded_at, id", rs -> {
            DecisionFacts decision = facts.get(rs.getLong("decision_id"));
            JsonNode content = parse(rs.getString("content"));
            switch (rs.getString("activity_id")) {
                case "Task_DecideInitiation" -> {
                    if (content.path("initiationApproved").asBoolean() && content.hasNonNull("sponsorUnit")) {
                        decision.unit = content.get("sponsorUnit").asText();
                    }
                }
                case "Task_DraftDecision" -> decision.notPublic = content.path("notPublic").asBoolean();
                case "Task_ConfirmProcedures" -> {
                    decision.proceduresConfirmed = true;
                    decision.riskSkipped = content.path("skipRisk").asBoolean();
                    decision.participationSkipped = content.path("skipParticipation").asBoolean();
                }
                case "Task_AssessRisk" -> decision.riskAssessed = true;
                case "Task_ReviewLegality" -> lawfulStanding.put(decision.id,
                        LAWFUL.contains(content.path("reviewOutcome").asText()));
                case "Task_ReviseDraft" -> lawfulStanding.put(decision.id, false);
                case "Task_ScheduleMeeting" -> {
                    decision.reachedMeeting = true;
                    decision.reviewedBeforeMeeting = lawfulStanding.getOrDefault(decision.id, false);
                }
                default -> { }
            }
        }, scope.args());
        facts.values().forEach(decision -> decision.riskSkipped &= !decision.riskAssessed);
    }

    /** Finished stages add their calendar days; unfinished ones are where an open decision stands. */
    private void readStages(Scope scope, Map<Long, DecisionFacts> facts) {
        String stages = Stage.ALL.stream().map(s -> "'" + s.activityId() + "'").collect(Collectors.joining(","));
        jdbc.query("""
                select d.id, a.ACT_ID_, a.END_TIME_, a.DURATION_ from ACT_HI_ACTINST a
                join decision d on d.process_instance_id = a.PROC_INST_ID_
                where a.ACT_ID_ in (""" + stages + ") and d.id in (" + scope.sql + ")", rs -> {
            DecisionFacts decision = facts.get(rs.getLong(1));
            String stage = rs.getString(2);
            if (rs.getTimestamp(3) == null) {
                decision.currentStages.add(stage);
            } else {
                decision.stageDays.merge(stage, rs.getLong(4) / 86_400_000d, Double::sum);
            }
        }, scope.args());
    }

    /** The DMN result as the engine routed by it (variable requiredProcedures of the main process). */
    private void readRequiredProcedures(Collection<DecisionFacts> facts) {
        Map<String, DecisionFacts> byInstance = facts.stream().filter(f -> f.processInstanceId != null)
                .collect(Collectors.toMap(f -> f.processInstanceId, f -> f));
        List<String> ids = new ArrayList<>(byInstance.keySet());
        for (int from = 0; from < ids.size(); from += BATCH) {
            String[] batch = ids.subList(from, Math.min(ids.size(), from + BATCH)).toArray(String[]::new);
            history.createHistoricVariableInstanceQuery().variableName("requiredProcedures")
                    .processInstanceIdIn(batch).list().forEach(variable -> {
                        if (variable.getValue() instanceof Collection<?> required) {
                            byInstance.get(variable.getProcessInstanceId()).risky = required.contains("RISK");
                        }
                    });
        }
    }

    private JsonNode parse(String content) {
        try {
            return json.readTree(content);
        } catch (Exception e) {
            throw new IllegalStateException("案卷记录内容无法解析", e);
        }
    }

    /** The ids of the decisions in scope, as a subquery with its arguments (organ and year, by SQL). */
    private record Scope(String sql, List<Object> arguments) {

        static Scope of(SupervisionFilter filter) {
            StringBuilder sql = new StringBuilder("select d.id from decision d join catalogue_item c"
                    + " on c.id = d.catalogue_item_id where 1 = 1");
            List<Object> arguments = new ArrayList<>();
            if (filter.organ() != null) {
                sql.append(" and c.organ = ?");
                arguments.add(filter.organ());
            }
            if (filter.year() != null) {
                sql.append(" and d.proposed_at >= ? and d.proposed_at < ?");
                arguments.add(startOf(filter.year()));
                arguments.add(startOf(filter.year() + 1));
            }
            return new Scope(sql.toString(), arguments);
        }

        Object[] args() {
            return arguments.toArray();
        }

        private static Timestamp startOf(int year) {
            return new Timestamp(ShanghaiTime.startOf(LocalDate.of(year, 1, 1)).getTime());
        }
    }
}

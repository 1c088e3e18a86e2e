package cn.juece.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The query plans of the hot queries of the two pages: H2's EXPLAIN, PostgreSQL's EXPLAIN
 * (ANALYZE, BUFFERS). The engine's queries are written out as Camunda's MyBatis mappings issue
 * them for these query objects (no authorization checks, no tenants).
 */
final class LatencyPlans {

    /** Ids in an IN list (H2, SQL) or an array (PostgreSQL's plan), quoted or not. */
    private static final Pattern LONG_ID_LIST = Pattern.compile("'?[0-9a-f-]{36}'?(,\\s*'?[0-9a-f-]{36}'?){3,}");

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    LatencyPlans(JdbcTemplate jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    Map<String, String> plans(String reference, long decisionId) {
        String instance = jdbc.queryForObject("select process_instance_id from decision where id = ?", String.class,
                decisionId);
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("task list, tab 组待办 (reviewer1): TaskQuery taskCandidateGroupIn(reviewer, unit-justice).taskUnassigned()", """
                select distinct RES.* from ACT_RU_TASK RES inner join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
                where RES.ASSIGNEE_ is null and I.TYPE_ = 'candidate' and I.GROUP_ID_ in ('reviewer', 'unit-justice')
                order by RES.DUE_DATE_ asc, RES.CREATE_TIME_ asc""");
        queries.put("task list, tab 待办 (head1): TaskQuery taskAssignee(head1)", """
                select distinct RES.* from ACT_RU_TASK RES where RES.ASSIGNEE_ = 'head1'
                order by RES.DUE_DATE_ asc, RES.CREATE_TIME_ asc""");
        queries.put("task list, tab 已办 (head1), before: HistoricTaskInstanceQuery taskAssignee(head1).finished()"
                + ".taskDeleteReason(completed), first 200 by end time", """
                select distinct RES.* from ACT_HI_TASKINST RES where RES.ASSIGNEE_ = 'head1'
                and RES.END_TIME_ is not null and RES.DELETE_REASON_ = 'completed'
                order by RES.END_TIME_ desc limit 200""");
        queries.put("task list, tab 已办 (head1), now: a native query without DISTINCT, in index order", """
                select RES.* from ACT_HI_TASKINST RES where RES.ASSIGNEE_ = 'head1'
                and RES.END_TIME_ is not null and RES.DELETE_REASON_ = 'completed'
                order by RES.ASSIGNEE_ desc, RES.END_TIME_ desc limit 200""");
        List<String> offered = jdbc.queryForList("""
                select distinct RES.PROC_INST_ID_ from ACT_RU_TASK RES inner join ACT_RU_IDENTITYLINK I
                on I.TASK_ID_ = RES.ID_ where RES.ASSIGNEE_ is null and I.TYPE_ = 'candidate'
                and I.GROUP_ID_ in ('reviewer', 'unit-justice')""", String.class);
        queries.put("task list, tab 组待办 (reviewer1): the sponsoring unit of every row's decision, by plain JDBC "
                + "(TaskListing.variables; " + offered.size() + " process instances)", """
                select VAR_SCOPE_, TEXT_ from ACT_RU_VARIABLE
                where NAME_ = 'sponsorUnit' and VAR_SCOPE_ in (%s) and TEXT_ is not null"""
                .formatted(offered.isEmpty() ? "''" : "'" + String.join("', '", offered) + "'"));
        queries.put("task list, tab 已办: the decision's variables of the listed tasks' process instances (one query)", """
                select * from ACT_HI_VARINST where PROC_INST_ID_ in ('%s')
                and NAME_ in ('decisionReference', 'decisionTitle', 'sponsorUnit')""".formatted(instance));
        queries.put("dossier: HistoricProcessInstanceQuery processInstanceBusinessKey", """
                select distinct RES.* from ACT_HI_PROCINST RES where RES.BUSINESS_KEY_ = '%s'""".formatted(reference));
        queries.put("dossier: TaskQuery processInstanceBusinessKey", """
                select distinct RES.* from ACT_RU_TASK RES inner join ACT_RU_EXECUTION E on RES.PROC_INST_ID_ = E.ID_
                where E.BUSINESS_KEY_ = '%s' order by RES.CREATE_TIME_ asc""".formatted(reference));
        queries.put("dossier: its entries", "select * from dossier_entry where decision_id = %d order by id"
                .formatted(decisionId));
        queries.put("dossier: the initiation entry (sponsoring unit)", """
                select * from dossier_entry where decision_id = %d and activity_id = 'Task_DecideInitiation'
                order by id desc limit 1""".formatted(decisionId));
        queries.put("dossier: its files", "select id, file_name from dossier_document where decision_id = %d order by id"
                .formatted(decisionId));
        Map<String, String> plans = new LinkedHashMap<>();
        queries.forEach((name, sql) -> plans.put(name, shortened(sql.strip()) + "\n\n" + shortened(plan(sql))));
        return plans;
    }

    /** A long list of quoted ids written as its first one and how many more. */
    private static String shortened(String text) {
        return LONG_ID_LIST.matcher(text).replaceAll(ids -> {
            String first = ids.group().substring(0, ids.group().indexOf(','));
            return first + ", … " + (ids.group().split(",").length - 1) + " more";
        });
    }

    private String plan(String sql) {
        List<String> lines = jdbc.queryForList((postgres ? "explain (analyze, buffers) " : "explain ") + sql,
                String.class);
        return lines.stream().collect(Collectors.joining("\n"));
    }
}

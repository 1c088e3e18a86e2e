package cn.juece.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a refused request must leave as it was: the rows of Juece's tables (so the audit chain's
 * head and every record), the engine's running tasks, executions, variables and identity links
 * row by row, and the number of rows of every other engine table (history included). Spring
 * Session's tables and the engine's metrics, which change by themselves, are left out.
 */
public record DatabaseSnapshot(Map<String, String> tables) {

    private static final List<String> ENGINE_ROWS = List.of("ACT_RU_TASK", "ACT_RU_EXECUTION", "ACT_RU_VARIABLE",
            "ACT_RU_IDENTITYLINK", "ACT_RU_JOB");

    public static DatabaseSnapshot of(JdbcTemplate jdbc) {
        return of(jdbc, false);
    }

    /**
     * As {@link #of(JdbcTemplate)}, but for requests with HTTP Basic: each of those signs in, and
     * the audit chain records every sign-in, so the chain's entries are compared without them.
     */
    public static DatabaseSnapshot apartFromSignIns(JdbcTemplate jdbc) {
        return of(jdbc, true);
    }

    private static DatabaseSnapshot of(JdbcTemplate jdbc, boolean apartFromSignIns) {
        Map<String, String> tables = new TreeMap<>();
        for (String table : jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'", String.class)) {
            String name = table.toUpperCase(Locale.ROOT);
            if (name.startsWith("SPRING_SESSION") || name.equals("ACT_RU_METER_LOG")
                    || name.equals("ACT_RU_TASK_METER_LOG") || name.equals("ACT_GE_PROPERTY")) {
                continue;
            }
            if (apartFromSignIns && name.equals("AUDIT_HEAD")) {
                continue;
            }
            boolean rowByRow = !name.startsWith("ACT_") || ENGINE_ROWS.contains(name);
            String where = apartFromSignIns && name.equals("AUDIT_ENTRY")
                    ? " WHERE kind NOT IN ('LOGIN', 'LOGIN_FAILED')" : "";
            tables.put(name, rowByRow ? rows(jdbc, table, where) : count(jdbc, table));
        }
        return new DatabaseSnapshot(tables);
    }

    private static String count(JdbcTemplate jdbc, String table) {
        return "count " + jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"", Long.class);
    }

    private static String rows(JdbcTemplate jdbc, String table, String where) {
        List<String> rows = jdbc.queryForList("SELECT * FROM \"" + table + "\"" + where).stream()
                .map(DatabaseSnapshot::row).sorted().toList();
        return rows.size() + " rows #" + String.join("\n", rows).hashCode();
    }

    /** A row as text; a file's bytes by their content, not by the array's identity. */
    private static String row(Map<String, Object> columns) {
        StringBuilder row = new StringBuilder();
        columns.forEach((name, value) -> row.append(name).append('=')
                .append(value instanceof byte[] bytes ? "bytes#" + Arrays.hashCode(bytes) : value).append(';'));
        return row.toString();
    }

    /** The tables that differ from the other snapshot, for the failure message. */
    public Map<String, String> differencesFrom(DatabaseSnapshot before) {
        Map<String, String> changed = new TreeMap<>();
        tables.forEach((table, state) -> {
            if (!state.equals(before.tables.get(table))) {
                changed.put(table, before.tables.get(table) + " -> " + state);
            }
        });
        return changed;
    }
}

package cn.juece.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Writes copies of a decision's rows by batched JDBC, each copy a decision of its own: a new
 * decision id and reference (JC-year-id), fresh engine ids wherever the template's appear, every
 * time moved by the copy's shift, the decision id in its process variables. Foreign keys are
 * not checked while it writes (the rows come from a consistent decision and point only within
 * the copy or at shared definitions); call {@link #close()} to restore them.
 */
final class DecisionCopier implements AutoCloseable {

    private static final int BATCH = 1000;
    private static final List<String> DECISION_ID_VARIABLES = List.of("decisionId");

    private final Connection connection;
    private final boolean postgres;
    private final Map<String, PreparedStatement> inserts = new HashMap<>();
    private final Map<String, Integer> pending = new HashMap<>();
    private final Map<String, Long> nextIds = new HashMap<>();
    private final Map<String, Long> written = new LinkedHashMap<>();

    DecisionCopier(Connection connection, boolean postgres) throws SQLException {
        this.connection = connection;
        this.postgres = postgres;
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(postgres ? "set session_replication_role = replica" : "set referential_integrity false");
            for (String table : DecisionRows.OWN_TABLES) {
                try (var rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                    rs.next();
                    nextIds.put(table.toUpperCase(Locale.ROOT), rs.getLong(1) + 1);
                }
            }
        }
    }

    /** One copy of the template, its times moved by {@code shiftMillis}, titled {@code title}; returns its id. */
    long copy(DecisionRows template, long shiftMillis, String title) throws SQLException {
        long decisionId = nextIds.merge("DECISION", 1L, Long::sum) - 1;
        Copy copy = new Copy(template, decisionId, shiftMillis, title);
        for (Map.Entry<String, DecisionRows.Table> table : template.tables.entrySet()) {
            if (table.getValue().rows().isEmpty()) {
                continue;
            }
            PreparedStatement insert = insert(table.getValue());
            for (Object[] row : table.getValue().rows()) {
                Object[] values = copy.row(table.getKey(), table.getValue(), row);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] == null) {
                        insert.setNull(c + 1, table.getValue().types()[c]);
                    } else {
                        insert.setObject(c + 1, values[c]);
                    }
                }
                insert.addBatch();
                written.merge(table.getKey(), 1L, Long::sum);
                if (pending.merge(table.getKey(), 1, Integer::sum) >= BATCH) {
                    insert.executeBatch();
                    pending.put(table.getKey(), 0);
                }
            }
        }
        return decisionId;
    }

    /** Sends what is batched and commits. */
    void commit() throws SQLException {
        for (Map.Entry<String, PreparedStatement> insert : inserts.entrySet()) {
            if (pending.getOrDefault(insert.getKey(), 0) > 0) {
                insert.getValue().executeBatch();
                pending.put(insert.getKey(), 0);
            }
        }
        connection.commit();
    }

    /** Rows written per table, upper-case names. */
    Map<String, Long> written() {
        return written;
    }

    @Override
    public void close() throws SQLException {
        commit();
        for (PreparedStatement insert : inserts.values()) {
            insert.close();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(postgres ? "set session_replication_role = origin" : "set referential_integrity true");
            // the identity columns continue after the copies' explicit ids
            for (String table : DecisionRows.OWN_TABLES) {
                long next = nextIds.get(table.toUpperCase(Locale.ROOT));
                statement.execute(postgres
                        ? "select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)"
                        : "alter table " + table + " alter column id restart with " + next);
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
        // the statistics a database has after autovacuum (PostgreSQL) or a first ANALYZE (H2)
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        }
    }

    private PreparedStatement insert(DecisionRows.Table table) throws SQLException {
        PreparedStatement insert = inserts.get(table.name().toUpperCase(Locale.ROOT));
        if (insert == null) {
            String sql = "insert into " + table.name() + " (" + String.join(", ", table.columns()) + ") values ("
                    + String.join(", ", table.columns().stream().map(c -> "?").toList()) + ")";
            insert = connection.prepareStatement(sql);
            inserts.put(table.name().toUpperCase(Locale.ROOT), insert);
        }
        return insert;
    }

    /** The substitutions of one copy. */
    private final class Copy {

        private final DecisionRows template;
        private final long decisionId;
        private final long shift;
        private final String reference;
        private final String title;
        private final Map<String, String> ids = new HashMap<>();
        private final Map<String, Map<Long, Long>> ownIds = new HashMap<>();

        Copy(DecisionRows template, long decisionId, long shift, String title) {
            this.template = template;
            this.decisionId = decisionId;
            this.shift = shift;
            this.title = title;
            Timestamp proposed = (Timestamp) template.tables.get("DECISION").rows().get(0)[
                    template.tables.get("DECISION").column("PROPOSED_AT")];
            int year = new Timestamp(proposed.getTime() + shift).toInstant().atZone(ZoneId.of("Asia/Shanghai")).getYear();
            this.reference = "JC-" + year + "-" + String.format("%05d", decisionId);
        }

        Object[] row(String tableName, DecisionRows.Table table, Object[] row) {
            Object[] values = row.clone();
            boolean own = !tableName.startsWith("ACT_");
            boolean decisionIdVariable = table.column("NAME_") >= 0 && table.column("LONG_") >= 0
                    && DECISION_ID_VARIABLES.contains(row[table.column("NAME_")]);
            for (int c = 0; c < values.length; c++) {
                String column = table.columns().get(c);
                Object value = values[c];
                if (value == null) {
                    continue;
                }
                if (own && column.equals("ID")) {
                    values[c] = ownId(tableName, ((Number) value).longValue());
                } else if (own && column.equals("DECISION_ID")) {
                    values[c] = decisionId;
                } else if (decisionIdVariable && column.equals("LONG_")) {
                    values[c] = decisionId;
                } else if (decisionIdVariable && column.equals("TEXT_")) {
                    values[c] = String.valueOf(decisionId);
                } else if (value instanceof Timestamp time) {
                    values[c] = new Timestamp(time.getTime() + shift);
                } else if (value instanceof String text) {
                    values[c] = text(text);
                }
            }
            return values;
        }

        private long ownId(String table, long id) {
            if (table.equals("DECISION")) {
                return decisionId;
            }
            return ownIds.computeIfAbsent(table, t -> new HashMap<>())
                    .computeIfAbsent(id, old -> nextIds.merge(table, 1L, Long::sum) - 1);
        }

        private String text(String text) {
            if (template.engineIds.contains(text)) {
                return ids.computeIfAbsent(text, Copy::freshId);
            }
            String result = text;
            if (result.contains(template.reference)) {
                result = result.replace(template.reference, reference);
            }
            if (result.contains(template.title)) {
                result = result.replace(template.title, title);
            }
            return result;
        }

        /** A new id in the old one's shape: Camunda's activity instance ids keep their activity prefix. */
        private static String freshId(String old) {
            int colon = old.lastIndexOf(':');
            return (colon < 0 ? "" : old.substring(0, colon + 1)) + UUID.randomUUID();
        }
    }
}

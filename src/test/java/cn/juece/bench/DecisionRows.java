package cn.juece.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every row one decision occupies, in Camunda's runtime and history tables and in Juece's own, read
 * once from a decision the real engine carried to some state. {@link DecisionCopier} writes them
 * again as new decisions: the rows are the engine's own, only their ids, keys and times are new.
 */
final class DecisionRows {

    /** Camunda tables holding a decision's process instances' rows, by the column naming the instance. */
    private static final Map<String, String> ENGINE_TABLES = ordered(
            "ACT_HI_PROCINST", "PROC_INST_ID_", "ACT_HI_ACTINST", "PROC_INST_ID_",
            "ACT_HI_TASKINST", "PROC_INST_ID_", "ACT_HI_VARINST", "PROC_INST_ID_",
            "ACT_HI_DETAIL", "PROC_INST_ID_", "ACT_HI_OP_LOG", "PROC_INST_ID_",
            "ACT_HI_JOB_LOG", "PROCESS_INSTANCE_ID_", "ACT_HI_INCIDENT", "PROC_INST_ID_",
            "ACT_HI_COMMENT", "PROC_INST_ID_", "ACT_HI_DECINST", "PROC_INST_ID_",
            "ACT_RU_EXECUTION", "PROC_INST_ID_", "ACT_RU_TASK", "PROC_INST_ID_",
            "ACT_RU_VARIABLE", "PROC_INST_ID_", "ACT_RU_JOB", "PROCESS_INSTANCE_ID_",
            "ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_", "ACT_RU_INCIDENT", "PROC_INST_ID_");
    /** Juece's tables with rows of one decision. */
    static final List<String> OWN_TABLES = List.of("decision", "dossier_entry", "dossier_document", "archive_seal",
            "consultation", "public_comment", "notice");
    private static final Set<String> BYTE_ARRAY_COLUMNS = Set.of("BYTEARRAY_ID_", "EXCEPTION_STACK_ID_",
            "ERROR_DETAILS_ID_");

    final String name;
    final long decisionId;
    final String reference;
    final String title;
    /** Table name (upper case) to its rows, in an order that writes parents before children. */
    final Map<String, Table> tables = new LinkedHashMap<>();
    /** Every engine id among the rows: each copy gets a fresh one in its place. */
    final Set<String> engineIds = new HashSet<>();

    private DecisionRows(String name, long decisionId, String reference, String title) {
        this.name = name;
        this.decisionId = decisionId;
        this.reference = reference;
        this.title = title;
    }

    static DecisionRows read(Connection connection, String name, long decisionId) throws SQLException {
        Table decision = select(connection, "decision", "id", List.of(decisionId));
        Object[] row = decision.rows.get(0);
        DecisionRows rows = new DecisionRows(name, decisionId, (String) row[decision.column("REFERENCE")],
                (String) row[decision.column("TITLE")]);
        rows.tables.put("DECISION", decision);
        for (String table : OWN_TABLES.subList(1, OWN_TABLES.size())) {
            rows.tables.put(table.toUpperCase(Locale.ROOT), select(connection, table, "decision_id", List.of(decisionId)));
        }
        List<Object> instances = select(connection, "ACT_HI_PROCINST", "BUSINESS_KEY_", List.of(rows.reference))
                .values("ID_");
        for (Map.Entry<String, String> table : ENGINE_TABLES.entrySet()) {
            rows.tables.put(table.getKey(), select(connection, table.getKey(), table.getValue(), instances));
        }
        rows.tables.put("ACT_HI_DEC_IN", select(connection, "ACT_HI_DEC_IN", "DEC_INST_ID_",
                rows.tables.get("ACT_HI_DECINST").values("ID_")));
        rows.tables.put("ACT_HI_DEC_OUT", select(connection, "ACT_HI_DEC_OUT", "DEC_INST_ID_",
                rows.tables.get("ACT_HI_DECINST").values("ID_")));
        rows.tables.put("ACT_HI_IDENTITYLINK", select(connection, "ACT_HI_IDENTITYLINK", "ROOT_PROC_INST_ID_",
                rows.tables.get("ACT_HI_PROCINST").values("ROOT_PROC_INST_ID_")));
        rows.tables.put("ACT_RU_IDENTITYLINK", select(connection, "ACT_RU_IDENTITYLINK", "TASK_ID_",
                rows.tables.get("ACT_RU_TASK").values("ID_")));
        Set<Object> byteArrays = new HashSet<>();
        rows.tables.values().forEach(table -> BYTE_ARRAY_COLUMNS.forEach(column -> byteArrays.addAll(table.values(column))));
        byteArrays.remove(null);
        Table bytes = select(connection, "ACT_GE_BYTEARRAY", "ID_", List.copyOf(byteArrays));
        // byte arrays first: variables and jobs point at them
        Map<String, Table> ordered = new LinkedHashMap<>();
        ordered.put("ACT_GE_BYTEARRAY", bytes);
        ordered.putAll(rows.tables);
        rows.tables.clear();
        rows.tables.putAll(ordered);
        rows.tables.forEach((tableName, table) -> {
            if (tableName.startsWith("ACT_")) {
                table.values("ID_").forEach(id -> rows.engineIds.add((String) id));
            }
        });
        rows.engineIds.addAll(instances.stream().map(String.class::cast).toList());
        return rows;
    }

    /** History the two pages never read: audit-like detail, operation and job logs, DMN inputs. */
    private static final Set<String> UNREAD_HISTORY = Set.of("ACT_HI_DETAIL", "ACT_HI_OP_LOG", "ACT_HI_JOB_LOG",
            "ACT_HI_IDENTITYLINK", "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "ACT_HI_INCIDENT",
            "ACT_HI_COMMENT");
    /** The variables the task list's 已办 tab reads of an ended process. */
    private static final Set<String> LISTED_VARIABLES = Set.of("decisionId", "decisionReference", "decisionTitle",
            "sponsorUnit");

    /**
     * The rows the measured pages read, for copies: without {@link #UNREAD_HISTORY}; of an archived
     * decision also without its activity history and its variables other than those the 已办 tab lists
     * (and so without the byte arrays of serialized ones). A full copy writes ~490 history rows per
     * decision, 49 million at 100k: more than a benchmark run can write.
     */
    DecisionRows lean(boolean archived) {
        DecisionRows lean = new DecisionRows(name, decisionId, reference, title);
        lean.engineIds.addAll(engineIds);
        tables.forEach((name, table) -> {
            if (UNREAD_HISTORY.contains(name)
                    || archived && (name.equals("ACT_HI_ACTINST") || name.equals("ACT_GE_BYTEARRAY"))) {
                return;
            }
            if (archived && name.equals("ACT_HI_VARINST")) {
                int column = table.column("NAME_");
                table = new Table(table.name(), table.columns(), table.types(), table.rows().stream()
                        .filter(row -> LISTED_VARIABLES.contains(row[column])).toList());
            }
            lean.tables.put(name, table);
        });
        return lean;
    }

    int engineHistoryRows() {
        return tables.entrySet().stream().filter(table -> table.getKey().startsWith("ACT_HI_"))
                .mapToInt(table -> table.getValue().rows.size()).sum();
    }

    int rowCount(String table) {
        Table rows = tables.get(table.toUpperCase(Locale.ROOT));
        return rows == null ? 0 : rows.rows.size();
    }

    /** One table's rows, column names upper case, values as plain Java objects (no LOB handles). */
    record Table(String name, List<String> columns, int[] types, List<Object[]> rows) {

        int column(String column) {
            return columns.indexOf(column);
        }

        List<Object> values(String column) {
            int index = column(column);
            if (index < 0) {
                return List.of();
            }
            return rows.stream().map(row -> row[index]).filter(value -> value != null).distinct().toList();
        }
    }

    private static Table select(Connection connection, String table, String keyColumn, Collection<?> keys)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Object[]> found = new ArrayList<>();
        int[] types;
        String in = keys.isEmpty() ? "null" : String.join(",", keys.stream().map(key -> "?").toList());
        try (PreparedStatement statement = connection.prepareStatement(
                "select * from " + table + " where " + keyColumn + " in (" + in + ")")) {
            int i = 1;
            for (Object key : keys) {
                statement.setObject(i++, key);
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                types = new int[meta.getColumnCount()];
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    columns.add(meta.getColumnName(c).toUpperCase(Locale.ROOT));
                    types[c - 1] = meta.getColumnType(c);
                }
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int c = 0; c < row.length; c++) {
                        row[c] = plain(rs.getObject(c + 1));
                    }
                    found.add(row);
                }
            }
        }
        return new Table(table, columns, types, found);
    }

    private static Object plain(Object value) throws SQLException {
        try {
            if (value instanceof Clob clob) {
                try (Reader reader = clob.getCharacterStream(); java.io.StringWriter text = new java.io.StringWriter()) {
                    reader.transferTo(text);
                    return text.toString();
                }
            }
            if (value instanceof Blob blob) {
                try (InputStream in = blob.getBinaryStream()) {
                    return in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new SQLException(e);
        }
        return value;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}

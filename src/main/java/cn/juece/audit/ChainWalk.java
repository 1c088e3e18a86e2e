package cn.juece.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * One pass over the chain in sequence order: each link must follow the last without a gap,
 * name the last link's hash, hash to what it stores, and find the dossier rows it vouches
 * for as they were. Stops looking at the first broken link. Also collects which rows of
 * one decision were vouched for, for the dossier check.
 */
class ChainWalk implements RowCallbackHandler {

    private static final Set<String> VOUCHING = Set.of(AuditKind.TASK_COMPLETED.name(),
            AuditKind.DOSSIER_ENTRY.name(), AuditKind.DOCUMENT_ADDED.name());

    private final JdbcTemplate jdbc;
    private final VouchedRows rows;
    private final Long decisionId;
    final Set<Long> vouchedEntries = new HashSet<>();
    final Set<Long> vouchedDocuments = new HashSet<>();
    long lastSeq;
    String lastHash = Canonical.GENESIS;
    Long brokenAt;
    String problem;

    ChainWalk(JdbcTemplate jdbc, VouchedRows rows, Long decisionId) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.decisionId = decisionId;
    }

    @Override
    public void processRow(ResultSet rs) throws SQLException {
        if (brokenAt != null) {
            return;
        }
        AuditEntry link = AuditTrail.entry(rs, 0);
        long expected = lastSeq + 1;
        if (link.seq() != expected) {
            fail(expected, "该记录缺失（已被删除），下一条记录是第 " + link.seq() + " 条");
        } else if (!link.prevHash().equals(lastHash)) {
            fail(link.seq(), "记录的前序哈希与第 " + lastSeq + " 条记录的哈希不符（链被改接）");
        } else if (!Canonical.linkHash(link.prevHash(), link.seq(), link.recordedAt().toString(), link.actor(),
                link.kind(), link.subject(), link.payload()).equals(link.hash())) {
            fail(link.seq(), "记录的内容与其哈希不符（记录被改动）");
        } else if (VOUCHING.contains(link.kind())) {
            vouchedRowProblem(link).ifPresent(found -> fail(link.seq(), found));
        }
        if (brokenAt == null) {
            lastSeq = link.seq();
            lastHash = link.hash();
        }
    }

    boolean intact() {
        return brokenAt == null;
    }

    private Optional<String> vouchedRowProblem(AuditEntry link) {
        Map<String, Object> vouched = Canonical.parse(link.payload());
        long decision = ((Number) vouched.get(VouchedRows.DECISION_ID)).longValue();
        boolean document = link.kind().equals(AuditKind.DOCUMENT_ADDED.name());
        long id = ((Number) vouched.get(document ? VouchedRows.DOCUMENT_ID : VouchedRows.ENTRY_ID)).longValue();
        Optional<Map<String, Object>> now = document ? rows.document(id) : rows.dossierEntry(id);
        if (now.isEmpty()) {
            return Optional.of("其担保的" + what(document, id, vouched, decision) + "已被删除");
        }
        List<String> changed = new TreeMap<>(vouched).keySet().stream()
                .filter(key -> !String.valueOf(vouched.get(key)).equals(String.valueOf(now.get().get(key))))
                .toList();
        if (!changed.isEmpty()) {
            return Optional.of("其担保的" + what(document, id, vouched, decision) + "已被改动（"
                    + String.join("、", changed) + "）");
        }
        if (decisionId != null && decisionId == decision) {
            (document ? vouchedDocuments : vouchedEntries).add(id);
        }
        return Optional.empty();
    }

    private String what(boolean document, long id, Map<String, Object> vouched, long decision) {
        return (document ? "文件 #" + id + "「" + vouched.get("fileName") + "」" : "案卷记录 #" + id)
                + "（决策 " + reference(decision) + "）";
    }

    String reference(long decision) {
        return jdbc.queryForList("select reference from decision where id = ?", String.class, decision).stream()
                .findFirst().orElse("#" + decision);
    }

    private void fail(long seq, String found) {
        brokenAt = seq;
        problem = found;
    }
}

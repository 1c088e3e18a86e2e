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
            AuditKind.DOSSIER_ENTRY.name(), AuditKind.DOCUMENT_ADDED.name(), AuditKind.PUBLIC_COMMENT.name());

    private final JdbcTemplate jdbc;
    private final VouchedRows rows;
    private final Long decisionId;
    final Set<Long> vouchedEntries = new HashSet<>();
    final Set<Long> vouchedDocuments = new HashSet<>();
    final Set<Long> vouchedComments = new HashSet<>();
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
        AuditKind kind = AuditKind.valueOf(link.kind());
        String idKey = switch (kind) {
            case DOCUMENT_ADDED -> VouchedRows.DOCUMENT_ID;
            case PUBLIC_COMMENT -> VouchedRows.COMMENT_ID;
            default -> VouchedRows.ENTRY_ID;
        };
        long id = ((Number) vouched.get(idKey)).longValue();
        Optional<Map<String, Object>> now = switch (kind) {
            case DOCUMENT_ADDED -> rows.document(id);
            case PUBLIC_COMMENT -> rows.publicComment(id);
            default -> rows.dossierEntry(id);
        };
        if (now.isEmpty()) {
            return Optional.of("其担保的" + what(kind, id, vouched, decision) + "已被删除");
        }
        List<String> changed = new TreeMap<>(vouched).keySet().stream()
                .filter(key -> !String.valueOf(vouched.get(key)).equals(String.valueOf(now.get().get(key))))
                .toList();
        if (!changed.isEmpty()) {
            return Optional.of("其担保的" + what(kind, id, vouched, decision) + "已被改动（"
                    + String.join("、", changed) + "）");
        }
        if (decisionId != null && decisionId == decision) {
            (kind == AuditKind.DOCUMENT_ADDED ? vouchedDocuments
                    : kind == AuditKind.PUBLIC_COMMENT ? vouchedComments : vouchedEntries).add(id);
        }
        return Optional.empty();
    }

    private String what(AuditKind kind, long id, Map<String, Object> vouched, long decision) {
        String row = switch (kind) {
            case DOCUMENT_ADDED -> "文件 #" + id + "「" + vouched.get("fileName") + "」";
            case PUBLIC_COMMENT -> "公众意见 #" + id;
            default -> "案卷记录 #" + id;
        };
        return row + "（决策 " + reference(decision) + "）";
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

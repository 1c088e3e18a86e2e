package cn.juece.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Verifies the audit chain as a whole, and one decision's dossier against it. Reads only;
 * the result names the first broken link and what is wrong with it.
 */
@Component
public class AuditVerifier {

    private final JdbcTemplate jdbc;
    private final VouchedRows rows;

    AuditVerifier(JdbcTemplate jdbc, VouchedRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    public Verification verifyChain() {
        ChainWalk walk = walk(null);
        if (!walk.intact()) {
            return Verification.broken(walk.lastSeq, walk.brokenAt, walk.problem);
        }
        return new Verification(true, walk.lastSeq, null,
                "审计链完整：共校验 " + walk.lastSeq + " 条记录，链头哈希 " + walk.lastHash, walk.lastHash);
    }

    /** The decision's every dossier entry and file must be vouched for by an intact link. */
    public Verification verifyDossier(String reference) {
        Optional<Long> decision = jdbc.queryForList("select id from decision where reference = ?", Long.class,
                reference == null ? "" : reference.strip()).stream().findFirst();
        if (decision.isEmpty()) {
            return new Verification(false, 0, null, "未找到文号为「" + reference + "」的决策事项", null);
        }
        ChainWalk walk = walk(decision.get());
        if (!walk.intact()) {
            return Verification.broken(walk.lastSeq, walk.brokenAt, walk.problem);
        }
        String name = walk.reference(decision.get());
        Optional<String> unvouched = firstUnvouched("dossier_entry", decision.get(), walk.vouchedEntries)
                .map(id -> "案卷记录 #" + id)
                .or(() -> firstUnvouched("dossier_document", decision.get(), walk.vouchedDocuments)
                        .map(id -> "文件 #" + id))
                .or(() -> firstUnvouched("public_comment", decision.get(), walk.vouchedComments)
                        .map(id -> "公众意见 #" + id));
        if (unvouched.isPresent()) {
            return new Verification(false, walk.lastSeq, null, "决策 " + name + " 的" + unvouched.get()
                    + "没有审计链记录担保（可能绕过系统直接写入数据库）", null);
        }
        return new Verification(true, walk.lastSeq, null, "决策 " + name + " 的案卷完整：" + walk.vouchedEntries.size()
                + " 条案卷记录、" + walk.vouchedDocuments.size() + " 个文件、" + walk.vouchedComments.size()
                + " 条公众意见均由完整的审计链担保（审计链共 "
                + walk.lastSeq + " 条记录）", walk.lastHash);
    }

    private ChainWalk walk(Long decisionId) {
        Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_head where id = 1");
        long headSeq = ((Number) head.get("last_seq")).longValue();
        ChainWalk walk = new ChainWalk(jdbc, rows, decisionId);
        // links appended after the head was read are left for the next verification
        jdbc.query("select * from audit_entry where seq <= ? order by seq", walk, headSeq);
        if (walk.intact() && walk.lastSeq != headSeq) {
            walk.brokenAt = walk.lastSeq + 1;
            walk.problem = "链尾缺失：第 " + (walk.lastSeq + 1) + " 至 " + headSeq + " 条记录已被删除";
        } else if (walk.intact() && !walk.lastHash.equals(((String) head.get("last_hash")).strip())) {
            walk.brokenAt = headSeq;
            walk.problem = "最后一条记录的哈希与链头登记的不符（链尾被替换）";
        }
        return walk;
    }

    private Optional<Long> firstUnvouched(String table, long decisionId, Set<Long> vouched) {
        List<Long> ids = jdbc.queryForList("select id from " + table + " where decision_id = ? order by id",
                Long.class, decisionId);
        return ids.stream().filter(id -> !vouched.contains(id)).findFirst();
    }
}

package cn.juece.dossier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.juece.procedure.ProcedureViolation;

/**
 * A dossier is closed once the archive sealed it (table {@code archive_seal}): a record or
 * file added later would be missing from the sealed manifest, so it is refused instead.
 */
@Component
class ClosedDossiers {

    static final String REFUSAL = "该决策案卷已归档封存，不能再添加记录或文件";

    private final JdbcTemplate jdbc;

    ClosedDossiers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void refuseIfClosed(long decisionId) {
        Integer seals = jdbc.queryForObject("select count(*) from archive_seal where decision_id = ?",
                Integer.class, decisionId);
        if (seals != null && seals > 0) {
            throw new ProcedureViolation(REFUSAL);
        }
    }
}

package cn.juece.decision;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import cn.juece.procedure.ShanghaiTime;

/** The decision table. */
@Component
class DecisionRepository {

    private static final RowMapper<Decision> DECISION = (rs, row) -> new Decision(
            rs.getLong("id"), rs.getString("reference"), rs.getLong("catalogue_item_id") /* 0: none (a normative document) */, rs.getString("title"),
            rs.getString("category"), rs.getString("region"), rs.getString("proposer"), rs.getString("problem"),
            rs.getString("reasons"), rs.getString("legal_basis"), rs.getString("preliminary_plan"),
            rs.getBoolean("exploratory_reform"), (Long) rs.getObject("previous_decision_id", Long.class),
            rs.getString("process_instance_id"), DecisionStatus.valueOf(rs.getString("status")),
            rs.getTimestamp("proposed_at").toInstant(),
            rs.getTimestamp("archived_at") == null ? null : rs.getTimestamp("archived_at").toInstant(),
            rs.getBoolean("party_committee_report_required"));

    private final JdbcTemplate jdbc;

    DecisionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Proposal proposal, String category, String region, String proposer, Long previousDecisionId,
                boolean partyCommitteeReportRequired, Timestamp now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into decision (reference, catalogue_item_id, title, category, region, proposer, problem,
                        reasons, legal_basis, preliminary_plan, exploratory_reform, previous_decision_id, status,
                        proposed_at, party_committee_report_required)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setString(1, "P-" + java.util.UUID.randomUUID().toString().replace("-", ""));
            insert.setObject(2, proposal.catalogueItemId());
            insert.setString(3, proposal.title().strip());
            insert.setString(4, category);
            insert.setString(5, region);
            insert.setString(6, proposer);
            insert.setString(7, proposal.problem().strip());
            insert.setString(8, proposal.reasons().strip());
            insert.setString(9, proposal.legalBasis().strip());
            insert.setString(10, proposal.preliminaryPlan().strip());
            insert.setBoolean(11, proposal.exploratoryReform());
            insert.setObject(12, previousDecisionId);
            insert.setString(13, DecisionStatus.PROPOSED.name());
            insert.setTimestamp(14, now);
            insert.setBoolean(15, partyCommitteeReportRequired);
            return insert;
        }, keys);
        long id = keys.getKey().longValue();
        int year = now.toInstant().atZone(ShanghaiTime.ZONE).getYear();
        String reference = "JC-" + year + "-" + String.format("%05d", id);
        jdbc.update("update decision set reference = ? where id = ?", reference, id);
        return id;
    }

    Optional<Decision> find(long id) {
        return jdbc.query("select * from decision where id = ?", DECISION, id).stream().findFirst();
    }

    List<Decision> all() {
        return jdbc.query("select * from decision order by id desc", DECISION);
    }

    void procedureStarted(long id, String processInstanceId) {
        jdbc.update("update decision set process_instance_id = ?, status = ? where id = ?",
                processInstanceId, DecisionStatus.IN_PROCEDURE.name(), id);
    }

    void archived(long id, DecisionStatus finalStatus, Timestamp at) {
        jdbc.update("update decision set status = ?, archived_at = ? where id = ?", finalStatus.name(), at, id);
    }
}

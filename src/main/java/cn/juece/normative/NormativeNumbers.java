package cn.juece.normative;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.juece.procedure.ProcedureViolation;

/**
 * 统一登记、统一编号: each document gets one number, {@code 某府规〔2026〕3号}, the next in its
 * organ's sequence for the year. Generated here, never typed; the table's unique keys refuse
 * a second number for a document and a number given twice, even under a race.
 */
@Component
class NormativeNumbers {

    private final JdbcTemplate jdbc;
    private final NormativeSettings settings;

    NormativeNumbers(JdbcTemplate jdbc, NormativeSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    String assign(long decisionId, LocalDate today) {
        find(decisionId).ifPresent(number -> {
            throw new ProcedureViolation("该规范性文件已统一编号为 " + number + "，不得重复编号");
        });
        String organ = settings.numberPrefix();
        int year = today.getYear();
        int next = jdbc.queryForObject("select coalesce(max(sequence_no), 0) + 1 from normative_number "
                + "where organ = ? and number_year = ?", Integer.class, organ, year);
        String number = organ + "〔" + year + "〕" + next + "号";
        jdbc.update("insert into normative_number (decision_id, organ, number_year, sequence_no, number, assigned_at) "
                + "values (?, ?, ?, ?, ?, ?)", decisionId, organ, year, next, number,
                new Timestamp(ClockUtil.getCurrentTime().getTime()));
        return number;
    }

    Optional<String> find(long decisionId) {
        return jdbc.queryForList("select number from normative_number where decision_id = ?", String.class, decisionId)
                .stream().findFirst();
    }
}

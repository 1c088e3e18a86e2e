package cn.juece.normative;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import cn.juece.procedure.ProcedureViolation;
import cn.juece.procedure.ShanghaiTime;

/**
 * The dates the model's timers wait for, from what the office recorded at publication. Calendar
 * days, as the filing rules count them (《法规规章备案条例》: "自公布之日起30日内"); a limit
 * ends at 24:00 Beijing time of its last day.
 */
@Component
public class NormativeDeadlines {

    /** The filing deadline: the end of the {@code filingDays}-th day after publication. */
    public Date filingDueAt(VariableScope scope) {
        return endOf(filingLastDay(date(scope, NormativeVariables.PUBLISHED_ON), days(scope, NormativeVariables.FILING_DAYS)));
    }

    /** When the office assesses the coming expiry: {@code expiryWarningDays} before the validity ends. */
    public Date expiryWarningAt(VariableScope scope) {
        return ShanghaiTime.startOf(date(scope, NormativeVariables.VALID_UNTIL)
                .minusDays(days(scope, NormativeVariables.EXPIRY_WARNING_DAYS)));
    }

    /** The document lapses when its last valid day is over. */
    public Date lapsesAt(VariableScope scope) {
        return endOf(date(scope, NormativeVariables.VALID_UNTIL));
    }

    static LocalDate filingLastDay(LocalDate publishedOn, int filingDays) {
        return publishedOn.plusDays(filingDays);
    }

    private static Date endOf(LocalDate day) {
        return ShanghaiTime.startOf(day.plusDays(1));
    }

    private static LocalDate date(VariableScope scope, String name) {
        if (!(scope.getVariable(name) instanceof Date date)) {
            throw new ProcedureViolation("规范性文件缺少" + name + "，无法计算期限");
        }
        return ShanghaiTime.toLocalDate(date);
    }

    private static int days(VariableScope scope, String name) {
        return ((Number) scope.getVariable(name)).intValue();
    }
}

package cn.juece.procedure;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Variables every procedure model relies on; the rest are named beside the rule using them. */
public final class ProcessVariables {

    public static final String DECISION_ID = "decisionId";
    public static final String DECISION_TITLE = "decisionTitle";
    public static final String DECISION_REFERENCE = "decisionReference";
    public static final String CATEGORY = "category";
    public static final String REGION = "region";
    public static final String SPONSOR_UNIT = "sponsorUnit";
    public static final String EXPLORATORY_REFORM = "exploratoryReform";

    private ProcessVariables() {
    }

    /** The decision a running procedure belongs to; every model instance carries it. */
    public static long decisionId(VariableScope scope) {
        Object id = scope.getVariable(DECISION_ID);
        if (!(id instanceof Number number)) {
            throw new ProcedureViolation("流程实例缺少所属决策事项，不能继续");
        }
        return number.longValue();
    }
}

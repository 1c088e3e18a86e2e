package cn.juece.decision;

import java.util.List;

import cn.juece.procedure.TaskInput;

/**
 * A procedure the law requires may be skipped only with a recorded legal reason; the
 * reason then goes to the legality reviewer with the other materials.
 */
final class ProcedureSkips {

    static final int MIN_REASON_LENGTH = 10;

    private ProcedureSkips() {
    }

    static void requiredStepSkippedOnlyWithReason(TaskInput input) {
        List<?> required = (List<?>) input.variable("requiredProcedures");
        check(input, required, "PARTICIPATION", "skipParticipation", "公众参与");
        check(input, required, "EXPERT", "skipExpert", "专家论证");
        check(input, required, "RISK", "skipRisk", "风险评估");
    }

    private static void check(TaskInput input, List<?> required, String procedure, String skipField,
                              String procedureName) {
        boolean isRequired = required != null && required.contains(procedure);
        String reasonField = skipField + "Reason";
        if (input.isTrue(skipField) && isRequired) {
            String reason = input.text(reasonField);
            if (reason == null || reason.strip().length() < MIN_REASON_LENGTH) {
                input.reject(reasonField, "依法应当开展" + procedureName + "，不开展的必须写明法定理由（不少于 "
                        + MIN_REASON_LENGTH + " 字）");
            }
        }
    }
}

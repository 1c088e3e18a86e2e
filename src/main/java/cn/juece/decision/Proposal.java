package cn.juece.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A proposal to start a major decision (Art. 10-11): problem, reasons, legal basis, plan. */
public record Proposal(
        @NotNull(message = "请选择年度决策事项目录中的事项") Long catalogueItemId,
        @NotBlank(message = "请填写决策事项名称") @Size(max = 300, message = "决策事项名称不能超过300字") String title,
        @NotBlank(message = "请写明拟解决的问题") @Size(max = 4000, message = "拟解决的问题不能超过4000字") String problem,
        @NotBlank(message = "请写明决策理由") @Size(max = 4000, message = "决策理由不能超过4000字") String reasons,
        @NotBlank(message = "请写明法律和政策依据") @Size(max = 4000, message = "法律和政策依据不能超过4000字") String legalBasis,
        @NotBlank(message = "请写明初步方案及其必要性、可行性") @Size(max = 8000, message = "初步方案不能超过8000字") String preliminaryPlan,
        boolean exploratoryReform) {
}

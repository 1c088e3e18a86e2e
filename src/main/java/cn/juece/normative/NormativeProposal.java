package cn.juece.normative;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A sponsoring unit's proposal to make a normative document: why, on what basis, what it says. */
public record NormativeProposal(
        @NotBlank(message = "请填写文件名称") @Size(max = 300, message = "文件名称不能超过300字") String title,
        @NotBlank(message = "请写明制定的必要性") @Size(max = 4000, message = "制定必要性不能超过4000字") String necessity,
        @NotBlank(message = "请写明制定依据") @Size(max = 4000, message = "制定依据不能超过4000字") String legalBasis,
        @NotBlank(message = "请写明拟规定的主要内容") @Size(max = 8000, message = "主要内容不能超过8000字") String mainContent) {
}

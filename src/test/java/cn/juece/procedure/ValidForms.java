package cn.juece.procedure;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Complete, lawful form data for each task, which a test then spoils one field at a time. */
public final class ValidForms {

    private ValidForms() {
    }

    public static Map<String, Object> forTask(String taskKey, LocalDate today) {
        return new HashMap<>(switch (taskKey) {
            case "Task_DecideInitiation" -> Map.of("initiationApproved", true, "sponsorUnit", "unit-edu",
                    "initiationOpinion", "同意启动，由市教育局承办");
            case "Task_DraftDecision" -> Map.of("draftText", "学区划分调整方案（草案）", "draftExplanation", "起草说明",
                    "notPublic", false, "affectsVitalInterests", true, "viewsDivergeStrongly", false,
                    "technical", true, "riskToStability", true);
            case "Task_ConfirmProcedures" -> Map.of("skipParticipation", false, "skipExpert", false, "skipRisk", false);
            case "Task_PrepareConsultation" -> Map.of("consultationDraft", "征求意见稿", "consultationExplanation",
                    "起草说明", "commentChannels", "门户网站、信函", "consultationDays", 30);
            case "Task_PlanHearing" -> Map.of("hearingDate", today.plusDays(10).toString(), "hearingPlace", "市政府第一会议室",
                    "participantSelection", "自愿报名、随机抽取", "participantList", "家长代表5名、教师代表3名",
                    "materialsSentOn", today.toString());
            case "Task_RecordHearing" -> Map.of("hearingRecord", "听证笔录全文", "participantsConfirmed", true);
            case "Task_SortPublicOpinions" -> Map.of("opinionSummary", "共收到意见若干条，已分类整理");
            case "Task_SelectExperts" -> Map.of("expertIds", "expert1,expert2,expert3", "selectionBasis",
                    "教育、规划、法律三方面专家", "differingViewsIncluded", true, "noDirectInterest", true);
            case "Task_SubmitExpertOpinion" -> Map.of("expertOpinion", "方案总体可行，建议设置过渡期", "signature", "专家签名",
                    "signed", true);
            case "Task_CommissionRiskAssessment" -> Map.of("riskAssessor", "assessor1", "assessmentScope",
                    "社会稳定风险评估");
            case "Task_AssessRisk" -> Map.of("riskPoints", "部分家长不理解", "preventionMeasures", "加强解读",
                    "contingencyPlan", "设立咨询专线", "riskLevel", "LOW");
            case "Task_ReviseDraft" -> Map.of("revisedDraft", "修改后的草案", "revisionExplanation", "吸收了过渡期建议");
            case "Task_SubmitForReview" -> Map.of("materialsList", "草案、起草说明、意见采纳情况、风险评估报告",
                    "legalBasis", "义务教育法第十二条", "proceduresAccount", "已履行公众参与、专家论证、风险评估",
                    "plannedMeetingDate", today.plusDays(20).toString());
            case "Task_ReviewLegality" -> Map.of("reviewOutcome", "LAWFUL", "opinionLetter", "经审查，草案合法");
            case "Task_ApplyReviewChanges" -> Map.of("changesApplied", "已逐项修改", "allChangesApplied", true);
            case "Task_ReportToPartyCommittee" -> Map.of("reportSummary", "请示报告", "reportedOn", today.toString(),
                    "partyCommitteeConsent", true, "committeeResponse", "同意提交政府常务会议审议");
            case "Task_ScheduleMeeting" -> Map.of("meetingType", "EXECUTIVE", "meetingDate", today.toString(),
                    "presentMemberIds", "member1,member2,member3", "meetingHead", "head1");
            case "Task_MemberOpinion" -> Map.of("memberOpinion", "AGREE", "opinionText", "同意");
            case "Task_HeadDecision" -> Map.of("meetingOutcome", "ADOPT", "headStatement", "原则通过");
            case "Task_PublishDecision" -> Map.of("documentNumber", "某政发〔2026〕1号", "publicationChannels",
                    "政府公报、门户网站", "publishedOn", today.toString(), "adoptionExplanation", "意见采纳情况说明");
            case "Task_AssignExecution" -> Map.of("executionUnit", "unit-edu", "executionDeadline",
                    today.plusDays(90).toString(), "executionRequirements", "每月报告进展");
            case "Task_ExecuteDecision" -> Map.of("completionReport", "已执行完毕");
            case "Task_ReportProgress" -> Map.of("progress", "按计划推进", "problemReported", false);
            case "Task_DecideSuspension" -> Map.of("suspend", true, "suspensionReason", "情势发生重大变化");
            case "Task_DecidePostEvaluation" -> Map.of("postEvaluationOrdered", false, "evaluationGrounds", "执行顺利");
            case "Task_PostEvaluate" -> Map.of("evaluationReport", "后评估报告", "evaluationOutcome", "CONTINUE");
            case "Task_DraftNormativeDocument" -> Map.of("draftText", "关于规范校外培训机构收费的若干规定（草案）",
                    "draftExplanation", "起草说明", "consultationAccount", "已向社会公开征求意见");
            case "Task_RegisterNumber" -> Map.of("documentTitle", "关于规范校外培训机构收费的若干规定",
                    "adoptedTextConfirmed", true);
            case "Task_PublishNormativeDocument" -> Map.of("publicationChannels", "政府公报、门户网站",
                    "publishedOn", today.toString(), "effectiveFrom", today.plusDays(30).toString(),
                    "validUntil", today.plusDays(30).plusYears(5).minusDays(1).toString());
            case "Task_FileWithHigherAuthority" -> Map.of("filingAuthority", "省人民政府",
                    "filedOn", today.toString(), "filingMaterials", "备案报告、文件正式文本、起草说明、合法性审查意见");
            case "Task_DecideOnExpiry" -> Map.of("expiryDecision", "LAPSE", "expiryAssessment", "目标已实现，不再实施");
            case "Task_CleanUpReview" -> Map.of("cleanUpOutcome", "KEEP", "cleanUpOpinion", "与上位法一致，继续有效");
            default -> throw new IllegalArgumentException("No valid form for " + taskKey);
        });
    }
}

package cn.juece.supervision;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import cn.juece.catalogue.Catalogue;
import cn.juece.catalogue.CatalogueItem;
import cn.juece.decision.Decision;
import cn.juece.decision.DecisionWorkflow;
import cn.juece.decision.Proposal;
import cn.juece.procedure.ProcedureDriver;
import cn.juece.procedure.ShanghaiTime;

/**
 * Six decisions of an organ of their own, carried through the service layer to known places
 * with the clock moved by known amounts, so a test can state every figure from these facts.
 * Call with the engine clock at {@link ProcedureDriver#START}.
 */
@Component
public class SupervisionSeed {

    private final ProcedureDriver driver;
    private final Catalogue catalogue;
    private final DecisionWorkflow decisions;

    SupervisionSeed(ProcedureDriver driver, Catalogue catalogue, DecisionWorkflow decisions) {
        this.driver = driver;
        this.catalogue = catalogue;
        this.decisions = decisions;
    }

    /**
     * a: waits for the head's decision to start. b (water): quiet draft, at the legality review.
     * c: risky, not public, risk assessment skipped with a reason, at revision. d: public and risky,
     * consulted, assessed (3 days), reviewed lawful, adopted, at publication. e (water): public, participation
     * skipped with a reason, at revision. f: proposed in 2025, waiting. b started after 1 day, c-e after 2;
     * then 45 days pass (b's review and, 10 days after the adoption, d's publication are overdue).
     */
    public Seeded seed() {
        String organ = "督察测试市人民政府" + UUID.randomUUID().toString().substring(0, 8);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2025, 6, 2, 9, 0, 0, 0, ShanghaiTime.ZONE).toInstant()));
        Decision f = propose(organ, 2025, "edu1", "上年度结转事项");
        driver.resetClock();
        Decision a = propose(organ, 2026, "edu1", "城区学校课后服务收费政策");
        Decision b = propose(organ, 2026, "water1", "城市排水管网改造规划");
        Decision c = propose(organ, 2026, "edu1", "学区房政策调整");
        Decision d = propose(organ, 2026, "edu1", "中小学校服采购管理办法");
        Decision e = propose(organ, 2026, "water1", "二次供水设施管理办法");

        advance(Duration.ofDays(1));
        start(b, "unit-water");
        advance(Duration.ofDays(1));
        start(c, "unit-edu");
        start(d, "unit-edu");
        start(e, "unit-water");

        driver.complete(b, "Task_DraftDecision", "water1", driver.quietDraft());
        driver.complete(c, "Task_DraftDecision", "edu1", draft(true, true));
        driver.complete(d, "Task_DraftDecision", "edu1", draft(false, true));
        driver.complete(e, "Task_DraftDecision", "water1", draft(false, false));

        driver.complete(b, "Task_ConfirmProcedures", "water1");
        driver.complete(c, "Task_ConfirmProcedures", "edu1", driver.form("Task_ConfirmProcedures",
                "skipRisk", true, "skipRiskReason", "本事项已纳入上级政府同一政策的风险评估范围，依法不再重复评估"));
        driver.complete(d, "Task_ConfirmProcedures", "edu1");
        driver.complete(e, "Task_ConfirmProcedures", "water1", driver.form("Task_ConfirmProcedures",
                "skipParticipation", true, "skipParticipationReason", "本事项依法属于内部管理事项，不涉及公众权利义务"));

        driver.complete(b, "Task_ReviseDraft", "water1");
        driver.complete(b, "Task_SubmitForReview", "water1");

        driver.complete(d, "Task_PrepareConsultation", "edu1");
        driver.complete(d, "Task_CommissionRiskAssessment", "edu1");
        advance(Duration.ofDays(3));
        driver.complete(d, "Task_AssessRisk", "assessor1");
        driver.passTime(d, Duration.ofDays(29));
        driver.complete(d, "Task_SortPublicOpinions", "edu1");
        try {
            driver.complete(d, "Task_ReviseDraft", "edu1", driver.revisionAdoptingEverything(d));
        } catch (Exception notJson) {
            throw new IllegalStateException(notJson);
        }
        driver.throughReviewAndMeeting(d);
        driver.task(d, "Task_PublishDecision");
        driver.passTime(d, Duration.ofDays(10));
        driver.runDueJobs(b);
        return new Seeded(organ, a, b, c, d, e, f);
    }

    private Decision propose(String organ, int year, String sponsor, String matter) {
        long item = catalogue.add(new CatalogueItem(0, organ, "national", year, matter, "PUBLIC_POLICY",
                driver.unitOf(sponsor), false, LocalDate.of(year, 12, 31), CatalogueItem.PUBLISHED));
        return decisions.propose(new Proposal(item, matter + "方案", "问题", "理由", "法律依据", "初步方案", false),
                sponsor);
    }

    private void start(Decision decision, String unit) {
        driver.complete(decision, "Task_DecideInitiation", "head1",
                driver.form("Task_DecideInitiation", "sponsorUnit", unit));
    }

    /** A draft with no hearing or experts; public or not, risky or not. */
    private java.util.Map<String, Object> draft(boolean notPublic, boolean risky) {
        return driver.form("Task_DraftDecision", "notPublic", notPublic,
                "notPublicReason", notPublic ? "涉及国家秘密（保守国家秘密法第九条）" : null,
                "affectsVitalInterests", false, "viewsDivergeStrongly", false, "technical", false,
                "riskToStability", risky);
    }

    private static void advance(Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
    }

    /** The seeded decisions and the organ they belong to. */
    public record Seeded(String organ, Decision a, Decision b, Decision c, Decision d, Decision e, Decision f) {
    }
}

package cn.juece.demo;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.juece.catalogue.Catalogue;
import cn.juece.catalogue.CatalogueDrafting;
import cn.juece.catalogue.ItemFields;
import cn.juece.decision.DecisionWorkflow;
import cn.juece.decision.Proposal;
import cn.juece.security.DemoPassword;

/**
 * A published 2026 catalogue, a 2027 one still in draft, and one decision awaiting the
 * organ's decision to start, so a newcomer sees the procedure at work. Seeded once, into an
 * empty database, through the same steps the office takes on the pages.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "juece.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String ORGAN = "某市人民政府";
    private static final String OFFICE = "office1";

    private final Catalogue catalogue;
    private final CatalogueDrafting drafting;
    private final DecisionWorkflow decisions;
    private final DemoPassword password;

    DemoData(Catalogue catalogue, CatalogueDrafting drafting, DecisionWorkflow decisions, DemoPassword password) {
        this.catalogue = catalogue;
        this.drafting = drafting;
        this.decisions = decisions;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.warn("演示模式：所有演示用户的密码为 {}{}", password.value(),
                password.isGenerated() ? "（本次启动随机生成，可用环境变量 JUECE_DEMO_PASSWORD 指定）" : "");
        if (!catalogue.catalogues().isEmpty()) {
            return;
        }
        long year2026 = drafting.createDraft(ORGAN, "national", 2026, OFFICE);
        long schoolDistricts = add(year2026, "城区义务教育学校学区划分调整", "PUBLIC_POLICY", "unit-edu", true,
                "2026-12-31");
        add(year2026, "城市居民生活用水阶梯价格改革", "PUBLIC_POLICY", "unit-water", true, "2026-12-31");
        add(year2026, "“十五五”综合交通运输发展规划", "DEVELOPMENT_PLAN", "unit-transport", false, "2026-12-31");
        add(year2026, "城北污水处理厂扩建工程", "CONSTRUCTION_PROJECT", "unit-water", false, "2027-06-30");
        drafting.recordConsent(year2026, LocalDate.of(2025, 12, 26),
                "市委常委会 2025 年第 30 次会议同意《某市人民政府 2026 年度重大行政决策事项目录》。", OFFICE);
        drafting.publish(year2026, OFFICE);
        long year2027 = drafting.createDraft(ORGAN, "national", 2027, OFFICE);
        add(year2027, "城区公交线网优化调整", "PUBLIC_POLICY", "unit-transport", true, "2027-12-31");
        add(year2027, "中小学课后服务收费政策", "PUBLIC_POLICY", "unit-edu", true, "2027-09-01");
        decisions.propose(new Proposal(schoolDistricts, "城区义务教育学校学区划分调整方案",
                "城区新建住宅区集中入住，部分学校学位紧张、部分学校生源不足。",
                "优化教育资源配置，保障适龄儿童就近入学。",
                "《中华人民共和国义务教育法》第十二条；《某省义务教育条例》。",
                "按居住区与学校距离重新划定学区，设三年过渡期；必要性与可行性见附件。", false), "edu1");
        log.info("已载入演示数据：2026 年度目录（已公布）4 项、2027 年度目录（草案）2 项，待启动决策 1 项");
    }

    private long add(long catalogueId, String matter, String category, String unit, boolean hearing,
                     String targetDate) {
        String procedures = hearing ? "公众参与（听证）、专家论证、风险评估、合法性审查、集体讨论决定"
                : "公众参与、专家论证、风险评估、合法性审查、集体讨论决定";
        return drafting.addItem(catalogueId, new ItemFields(matter, category, unit, procedures, hearing,
                LocalDate.parse(targetDate)), OFFICE);
    }
}

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
import cn.juece.catalogue.CatalogueItem;
import cn.juece.decision.DecisionWorkflow;
import cn.juece.decision.Proposal;
import cn.juece.security.DemoPassword;

/**
 * A published catalogue and one decision awaiting the organ's decision to start, so a
 * newcomer sees the procedure at work. Seeded once, into an empty database.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "juece.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String ORGAN = "某市人民政府";

    private final Catalogue catalogue;
    private final DecisionWorkflow decisions;
    private final DemoPassword password;

    DemoData(Catalogue catalogue, DecisionWorkflow decisions, DemoPassword password) {
        this.catalogue = catalogue;
        this.decisions = decisions;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.warn("演示模式：所有演示用户的密码为 {}{}", password.value(),
                password.isGenerated() ? "（本次启动随机生成，可用环境变量 JUECE_DEMO_PASSWORD 指定）" : "");
        if (!catalogue.publishedItems().isEmpty()) {
            return;
        }
        long schoolDistricts = add("城区义务教育学校学区划分调整", "PUBLIC_POLICY", "unit-edu", true, "2026-12-31");
        add("城市居民生活用水阶梯价格改革", "PUBLIC_POLICY", "unit-water", true, "2026-12-31");
        add("“十五五”综合交通运输发展规划", "DEVELOPMENT_PLAN", "unit-transport", false, "2026-12-31");
        add("城北污水处理厂扩建工程", "CONSTRUCTION_PROJECT", "unit-water", false, "2027-06-30");
        decisions.propose(new Proposal(schoolDistricts, "城区义务教育学校学区划分调整方案",
                "城区新建住宅区集中入住，部分学校学位紧张、部分学校生源不足。",
                "优化教育资源配置，保障适龄儿童就近入学。",
                "《中华人民共和国义务教育法》第十二条；《某省义务教育条例》。",
                "按居住区与学校距离重新划定学区，设三年过渡期；必要性与可行性见附件。", false), "edu1");
        log.info("已载入演示数据：年度决策事项目录 4 项，待启动决策 1 项");
    }

    private long add(String matter, String category, String unit, boolean hearing, String targetDate) {
        return catalogue.add(new CatalogueItem(0, ORGAN, "national", 2026, matter, category, unit, hearing,
                LocalDate.parse(targetDate), CatalogueItem.PUBLISHED));
    }
}

package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.supervision.SupervisionSeed;
import cn.juece.supervision.SupervisionSeed.Seeded;

/** The supervision dashboard in headless Chromium as supervisor1 sees it; the README's screenshot. */
class SupervisionDashboardScreenshotTest extends BrowserTestBase {

    static final Path SCREENSHOT = Browser.SCREENSHOTS.resolve("supervision-dashboard.png");

    @Autowired
    SupervisionSeed seed;

    @Test
    void supervisorSeesTheDashboardAndFollowsAFigureToItsDecisions() throws Exception {
        Seeded seeded = seed.seed();
        browser.login("supervisor1", password);
        browser.go("/supervision?organ=" + URLEncoder.encode(seeded.organ(), StandardCharsets.UTF_8) + "&year=2026");
        assertThat(browser.text()).contains("重大行政决策法治督察看板", "风险评估率", "超期任务红榜", "合法性审查机构");
        Files.copy(browser.fullPageShot("supervision-dashboard"), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);

        browser.click(By.cssSelector("#rate-risk .kpi-parts a:last-child"));
        assertThat(browser.text()).contains("统计明细", seeded.c().reference(), seeded.d().reference())
                .doesNotContain(seeded.b().reference());
        browser.shot("supervision-drill-down");
    }
}

package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.catalogue.AnnualCatalogue;
import cn.juece.catalogue.Catalogue;
import cn.juece.catalogue.CatalogueFixture;

/** The office records consent and publishes a catalogue in a real browser; the public then reads it on the portal. */
class CatalogueInTheBrowserTest extends BrowserTestBase {

    @Autowired
    CatalogueFixture fixture;
    @Autowired
    Catalogue catalogue;

    @Test
    void theOfficePublishesACatalogueAndThePublicReadsIt() {
        long id = fixture.draft();
        fixture.item(id, "城区停车收费标准调整", "unit-transport");
        fixture.item(id, "中小学课后服务收费政策", "unit-edu");
        fixture.item(id, "城北污水处理厂扩建工程", "unit-water");
        String title = catalogue.catalogue(id).map(AnnualCatalogue::title).orElseThrow();

        browser.login("office1", password);
        browser.go("/catalogues");
        assertThat(browser.text()).contains(title);
        browser.click(By.linkText(title));
        assertThat(browser.text()).contains("城区停车收费标准调整", "中小学课后服务收费政策", "城北污水处理厂扩建工程",
                "市交通运输局", "草案", "尚未记录党委同意意见");
        browser.fullPageShot("catalogue-draft");

        browser.click(By.cssSelector("#publish button[type='submit']"));
        assertThat(browser.text()).contains("请勾选确认");
        browser.fill("consentDate", "2026-01-15").fill("consentText", "县委常委会 2026 年第 2 次会议同意");
        browser.click(By.cssSelector("#consent button[type='submit']"));
        assertThat(browser.text()).contains("党委同意意见已记录");
        browser.clickHere(By.cssSelector("#publish input[name='confirmed']"));
        browser.click(By.cssSelector("#publish button[type='submit']"));
        assertThat(browser.text()).contains("目录已公布", "县委常委会 2026 年第 2 次会议同意");
        browser.fullPageShot("catalogue-published");
        browser.logout();

        browser.go("/portal/catalogues");
        assertThat(browser.text()).contains(title, "城区停车收费标准调整", "中小学课后服务收费政策", "城北污水处理厂扩建工程");
        browser.fullPageShot("catalogue-portal");

        browser.login("edu1", password);
        browser.go("/catalogues/" + id + "/adjustments/new");
        assertThat(browser.text()).contains("中小学课后服务收费政策").doesNotContain("城区停车收费标准调整");
        browser.shot("catalogue-adjustment-choice");
        browser.click(By.linkText("增加事项"));
        browser.fill("matter", "城区校外培训机构监管办法").fill("category", "PUBLIC_POLICY")
                .fill("requiredProcedures", "公众参与、合法性审查、集体讨论决定").fill("hearingPlanned", "false")
                .fill("targetDate", "2026-11-30").fill("reason", "省教育厅年中部署，需在年内出台");
        browser.click(By.cssSelector("main form button[type='submit']"));
        assertThat(browser.text()).contains("目录调整已提交", "城区校外培训机构监管办法", "待审批");
        browser.shot("catalogue-adjustment-proposed");
        browser.logout();

        browser.login("office1", password);
        browser.go("/catalogues/" + id);
        assertThat(browser.text()).contains("增加事项 · 城区校外培训机构监管办法", "省教育厅年中部署，需在年内出台");
        browser.fill("decisionReason", "同意列入年度目录");
        browser.clickHere(By.cssSelector("#adjustments input[name='confirmed']"));
        browser.click(By.cssSelector("#adjustments button[type='submit']:not(.secondary)"));
        assertThat(browser.text()).contains("已同意目录调整", "同意列入年度目录");
        assertThat(browser.all(By.cssSelector("table.catalogue-items tbody tr"))).hasSize(4);
        browser.fullPageShot("catalogue-adjustment-approved");
    }
}

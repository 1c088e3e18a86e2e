package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import cn.juece.catalogue.Adjustment;
import cn.juece.catalogue.Catalogue;
import cn.juece.catalogue.CatalogueAdjustments;
import cn.juece.catalogue.CatalogueFixture;
import cn.juece.catalogue.CatalogueItem;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.security.Directory;

/** The catalogue pages: the office manages, sponsoring units propose adjustments, the public reads what is published. */
class CataloguePagesTest extends ProcedureTestBase {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Directory directory;
    @Autowired
    CatalogueFixture fixture;
    @Autowired
    Catalogue catalogue;
    @Autowired
    CatalogueAdjustments adjustments;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void onlyTheGovernmentOfficeManagesCatalogues() throws Exception {
        long draft = fixture.draft();
        for (String user : new String[] {"head1", "edu1", "reviewer1", "member1", "supervisor1"}) {
            mvc.perform(get("/catalogues").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/catalogues/" + draft).with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/catalogues/" + draft + "/items").with(as(user)).with(csrf())
                    .param("matter", "越权添加").param("category", "PUBLIC_POLICY").param("sponsorUnit", "unit-edu")
                    .param("requiredProcedures", "程序").param("hearingPlanned", "false").param("targetDate", "2026-12-31"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/catalogues").header("Accept", PageAccessTest.BROWSER_ACCEPT))
                .andExpect(redirectedUrlPattern("**/login"));
        assertThat(catalogue.items(draft)).isEmpty();
        assertThat(page(get("/catalogues"), "office1")).contains("年度重大行政决策事项目录");
    }

    @Test
    void theOfficeDraftsAddsRecordsConsentAndPublishesOnThePages() throws Exception {
        String organ = CatalogueFixture.uniqueOrgan();
        String location = mvc.perform(post("/catalogues/new").with(as("office1")).with(csrf())
                        .param("organ", organ).param("region", "national").param("year", "2026"))
                .andExpect(redirectedUrlPattern("/catalogues/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(page(post("/catalogues/new").param("organ", organ).param("region", "national")
                .param("year", "2026"), "office1")).contains("年度目录已存在");

        mvc.perform(post("/catalogues/" + id + "/items").with(as("office1")).with(csrf())
                        .param("matter", "城区停车收费调整").param("category", "PUBLIC_POLICY")
                        .param("sponsorUnit", "unit-transport").param("requiredProcedures", "公众参与、听证")
                        .param("hearingPlanned", "true").param("targetDate", "2026-10-31"))
                .andExpect(redirectedUrlPattern("/catalogues/*"));
        assertThat(page(post("/catalogues/" + id + "/items").param("matter", "缺类别").param("sponsorUnit", "unit-edu")
                .param("requiredProcedures", "程序").param("hearingPlanned", "false").param("targetDate", "2026-10-31"),
                "office1")).contains("请选择决策类别", "缺类别");

        assertThat(page(post("/catalogues/" + id + "/publish").param("confirmed", "true"), "office1"))
                .contains("未记录同级党委同意意见");
        mvc.perform(post("/catalogues/" + id + "/consent").with(as("office1")).with(csrf())
                        .param("consentDate", "2026-01-15").param("consentText", "县委常委会同意"))
                .andExpect(redirectedUrlPattern("/catalogues/*"));
        assertThat(page(post("/catalogues/" + id + "/publish"), "office1")).contains("请勾选确认");
        assertThat(catalogue.catalogue(id).orElseThrow().isDraft()).isTrue();

        mvc.perform(post("/catalogues/" + id + "/publish").with(as("office1")).with(csrf()).param("confirmed", "true"))
                .andExpect(redirectedUrlPattern("/catalogues/*"));
        assertThat(catalogue.catalogue(id).orElseThrow().isPublished()).isTrue();
        assertThat(page(get("/catalogues/" + id), "office1"))
                .contains("城区停车收费调整", "市交通运输局", "公众参与、听证", "2026-10-31", "县委常委会同意", "已公布")
                .doesNotContain("action=\"/catalogues/" + id + "/items\"");
    }

    @Test
    void aBadCsvRowImportsNothingAndThePageListsEachBadLine() throws Exception {
        long id = fixture.draft();
        String csv = "事项名称,类别代码,承办单位,需履行程序,是否听证,计划完成时间\n"
                + "好的事项,PUBLIC_POLICY,unit-edu,公众参与,否,2026-10-31\n"
                + "坏的事项,PUBLIC_POLICY,unit-edu,公众参与,也许,2026-10-31\n";
        String page = new String(mvc.perform(multipart("/catalogues/" + id + "/import")
                        .file(new MockMultipartFile("file", "items.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(as("office1")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(page).contains("未导入任何事项", "第 3 行：是否听证应填“是”或“否”，实为「也许」");
        assertThat(catalogue.items(id)).isEmpty();

        mvc.perform(multipart("/catalogues/" + id + "/import").file(new MockMultipartFile("file", "items.csv",
                        "text/csv", csv.replace("也许", "是").getBytes(StandardCharsets.UTF_8)))
                        .with(as("office1")).with(csrf()))
                .andExpect(redirectedUrlPattern("/catalogues/*"));
        assertThat(catalogue.items(id)).extracting(CatalogueItem::matter).containsExactly("好的事项", "坏的事项");
    }

    @Test
    void onlySponsoringUnitsProposeAdjustmentsAndTheOfficeDecidesThem() throws Exception {
        long id = fixture.draft();
        long item = fixture.item(id, "城区学区划分调整", "unit-edu");
        fixture.publish(id);
        String form = "/catalogues/" + id + "/adjustments/new";

        for (String user : new String[] {"office1", "head1", "reviewer1"}) {
            mvc.perform(get(form).with(as(user))).andExpect(status().isForbidden());
        }
        assertThat(page(get(form), "edu1")).contains("城区学区划分调整");
        assertThat(page(get(form), "water1")).doesNotContain("城区学区划分调整");
        assertThat(page(post(form).param("kind", "REMOVE").param("itemId", String.valueOf(item))
                .param("reason", "越权"), "water1")).contains("只能由承办单位提出调整");

        mvc.perform(post(form).with(as("edu1")).with(csrf()).param("kind", "ADD").param("matter", "课后服务收费政策")
                        .param("category", "PUBLIC_POLICY").param("sponsorUnit", "unit-edu")
                        .param("requiredProcedures", "公众参与、合法性审查").param("hearingPlanned", "true")
                        .param("targetDate", "2026-09-01").param("reason", "新出台指导意见"))
                .andExpect(redirectedUrlPattern("/catalogues/adjustments*"));
        Adjustment proposed = adjustments.ofCatalogue(id).get(0);
        assertThat(page(get("/catalogues/adjustments"), "edu1")).contains("课后服务收费政策", "待审批");
        assertThat(page(get("/catalogues/" + id), "office1")).contains("课后服务收费政策", "新出台指导意见", "待审批");

        String decide = "/catalogues/" + id + "/adjustments/" + proposed.id() + "/approve";
        mvc.perform(post(decide).with(as("edu1")).with(csrf()).param("decisionReason", "自己批")
                .param("confirmed", "true")).andExpect(status().isForbidden());
        assertThat(page(post(decide).param("decisionReason", "同意"), "office1")).contains("请勾选确认");
        mvc.perform(post(decide).with(as("office1")).with(csrf()).param("decisionReason", "同意列入")
                .param("confirmed", "true")).andExpect(redirectedUrlPattern("/catalogues/*"));

        assertThat(catalogue.startableItems()).extracting(CatalogueItem::matter).contains("课后服务收费政策");
        assertThat(page(get("/decisions/new"), "edu1")).contains("课后服务收费政策");
    }

    @Test
    void thePublicReadsOnlyPublishedCataloguesWithoutLogin() throws Exception {
        long published = fixture.draft();
        fixture.item(published, "公开的目录事项", "unit-edu");
        fixture.publish(published);
        long draft = fixture.draft();
        fixture.item(draft, "尚在草案中的事项", "unit-edu");

        String page = new String(mvc.perform(get("/portal/catalogues")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(page).contains("公开的目录事项", catalogue.catalogue(published).orElseThrow().organ())
                .doesNotContain("尚在草案中的事项", catalogue.catalogue(draft).orElseThrow().organ());
        assertThat(page(get("/decisions/new"), "edu1")).contains("公开的目录事项").doesNotContain("尚在草案中的事项");
    }

    private String page(MockHttpServletRequestBuilder request, String user) throws Exception {
        if ("POST".equals(request.buildRequest(context.getServletContext()).getMethod())) {
            request.with(csrf());
        }
        return new String(mvc.perform(request.with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
        return DirectoryUser.of(directory, user);
    }
}

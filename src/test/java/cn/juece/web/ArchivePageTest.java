package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.juece.archive.ArchiveSeal;
import cn.juece.archive.ArchiveSeals;
import cn.juece.decision.Decision;
import cn.juece.dossier.Documents;
import cn.juece.procedure.ProcedureTestBase;
import cn.juece.security.Directory;

/** The sealed dossier on its page and as the archive ZIP an archivist checks without Juece. */
class ArchivePageTest extends ProcedureTestBase {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Directory directory;
    @Autowired
    ArchiveSeals seals;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void everyFileOfTheArchiveIsInItsManifestWithTheSealedHashAndTheSummaryReadsInChinese() throws Exception {
        byte[] pdf = "%PDF-1.7 不予启动的理由".getBytes(StandardCharsets.UTF_8);
        Decision decision = archivedWith("不予启动意见.pdf", pdf);
        ArchiveSeal seal = seals.find(decision.id()).orElseThrow();

        Map<String, byte[]> zip = unzip(mvc.perform(get("/decisions/" + decision.id() + "/archive.zip")
                .with(as("office1"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());

        Map<String, String> sums = sums(zip.get("SHA256SUMS"));
        assertThat(sums.keySet()).containsExactlyInAnyOrderElementsOf(
                zip.keySet().stream().filter(name -> !name.equals("SHA256SUMS")).toList());
        sums.forEach((file, hash) -> assertThat(Documents.sha256(zip.get(file))).as(file).isEqualTo(hash));

        assertThat(new String(zip.get("manifest.json"), StandardCharsets.UTF_8)).isEqualTo(seal.manifest());
        assertThat(sums(zip.get("manifest.sha256"))).containsExactly(Map.entry("manifest.json", seal.manifestSha256()));
        JsonNode manifest = json.readTree(zip.get("manifest.json"));
        Map<String, String> sealed = new LinkedHashMap<>();
        manifest.get("entries").forEach(entry -> sealed.put(entry.get("file").asText(), entry.get("sha256").asText()));
        manifest.get("documents").forEach(file -> sealed.put(file.get("file").asText(), file.get("sha256").asText()));
        sealed.forEach((file, hash) -> assertThat(sums).as(file).containsEntry(file, hash));
        assertThat(zip.keySet().stream().filter(name -> name.startsWith("entries/") || name.startsWith("documents/")))
                .containsExactlyInAnyOrderElementsOf(sealed.keySet());
        assertThat(zip).hasEntrySatisfying(manifest.get("documents").get(0).get("file").asText(),
                content -> assertThat(content).isEqualTo(pdf));
        assertThat(new String(zip.get("README.txt"), StandardCharsets.UTF_8))
                .contains("sha256sum -c SHA256SUMS", seal.manifestSha256());

        try (PDDocument summary = Loader.loadPDF(zip.get("summary.pdf"))) {
            assertThat(new PDFTextStripper().getText(summary)).contains(decision.title(), decision.reference(),
                    "办理过程", "王市长", "不予启动意见.pdf", Documents.sha256(pdf), seal.manifestSha256());
            PDResources resources = summary.getPage(0).getResources();
            assertThat(resources.getFontNames()).isNotEmpty().allSatisfy(name -> {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).as("a subset").matches("[A-Z]{6}\\+.+");
            });
        }
    }

    @Test
    void onlyTheOfficeSupervisorsAndTheAdministratorTakeTheArchiveAway() throws Exception {
        Decision decision = archivedWith("意见.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
        String zip = "/decisions/" + decision.id() + "/archive.zip";

        for (String user : new String[] {"office1", "supervisor1", "admin"}) {
            mvc.perform(get(zip).with(as(user))).andExpect(status().isOk());
        }
        for (String user : new String[] {"edu1", "expert1", "reviewer1", "member1"}) {
            mvc.perform(get(zip).with(as(user))).andExpect(status().isForbidden());
        }
        String seal = seals.find(decision.id()).orElseThrow().manifestSha256();
        assertThat(page("/decisions/" + decision.id(), "office1")).contains("封存信息", seal, "下载归档包", zip);
        assertThat(page("/decisions/" + decision.id(), "edu1")).contains("封存信息", seal).doesNotContain(zip);
    }

    @Test
    void aDecisionStillInProcedureHasNoSealAndNoArchive() throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);

        mvc.perform(get("/decisions/" + decision.id() + "/archive.zip").with(as("office1")))
                .andExpect(status().isNotFound());
        assertThat(page("/decisions/" + decision.id(), "office1")).doesNotContain("封存信息", "下载归档包");
    }

    @Test
    void aFileOrRecordChangedInTheDatabaseAfterTheSealStopsTheExportAndIsNamed() throws Exception {
        byte[] original = "%PDF-1.7 原件".getBytes(StandardCharsets.UTF_8);
        Decision decision = archivedWith("被改动.pdf", original);
        String zip = "/decisions/" + decision.id() + "/archive.zip";
        String entryContent = jdbc.queryForObject("select content from dossier_entry where decision_id = ?"
                + " and activity_id = 'Task_DecideInitiation'", String.class, decision.id());
        // put back in the end: the database is shared, and the audit chain vouches for these rows
        try {
            jdbc.update("update dossier_document set content = ? where decision_id = ?",
                    "%PDF-1.7 改过".getBytes(StandardCharsets.UTF_8), decision.id());

            String refused = mvc.perform(get(zip).with(as("office1"))).andExpect(status().isConflict())
                    .andReturn().getResponse().getContentAsString();
            // a zip starts with PK; the CSRF token in the page may hold those two letters anywhere
            assertThat(refused).contains("归档包无法导出", "文件「被改动.pdf」").doesNotStartWith("PK");

            jdbc.update("update dossier_entry set content = '{\"initiationApproved\":true}' where decision_id = ?"
                    + " and activity_id = 'Task_DecideInitiation'", decision.id());
            assertThat(mvc.perform(get(zip).with(as("office1"))).andExpect(status().isConflict())
                    .andReturn().getResponse().getContentAsString()).contains("案卷记录 #", "决定是否启动决策");
        } finally {
            jdbc.update("update dossier_document set content = ? where decision_id = ?", original, decision.id());
            jdbc.update("update dossier_entry set content = ? where decision_id = ?"
                    + " and activity_id = 'Task_DecideInitiation'", entryContent, decision.id());
        }
    }

    /** Refused at initiation by the head, with a file: the shortest way to an archived decision. */
    private Decision archivedWith(String fileName, byte[] content) throws Exception {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        String taskId = driver.task(decision, "Task_DecideInitiation").getId();
        mvc.perform(multipart("/tasks/" + taskId).file(new MockMultipartFile("documents", fileName,
                        "application/pdf", content)).with(csrf()).with(as("head1"))
                        .param("initiationApproved", "false").param("initiationOpinion", "条件尚不成熟，不予启动")
                        .param("confirmed", "true"))
                .andExpect(redirectedUrl("/"));
        assertThat(seals.find(decision.id())).isPresent();
        return decision;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** A sha256sum file as file name → hash. */
    private static Map<String, String> sums(byte[] file) {
        Map<String, String> sums = new LinkedHashMap<>();
        new String(file, StandardCharsets.UTF_8).lines()
                .forEach(line -> sums.put(line.substring(66), line.substring(0, 64)));
        return sums;
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(as(user))).andReturn().getResponse().getContentAsString();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String userId) {
        return DirectoryUser.of(directory, userId);
    }
}

package cn.juece.web;

import static cn.juece.web.HostileValues.Field.of;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.juece.catalogue.Adjustment;
import cn.juece.catalogue.CatalogueAdjustments;
import cn.juece.catalogue.CatalogueDrafting;
import cn.juece.catalogue.CatalogueFixture;
import cn.juece.decision.Decision;
import cn.juece.procedure.FormField;
import cn.juece.procedure.ProcedureDriver;
import cn.juece.procedure.TaskRules;
import cn.juece.web.HostileValues.Field;
import cn.juece.web.HostileValues.Kind;

/**
 * The doors of {@link HostileInputTest}, each with the objects it acts on: catalogues in each
 * state, an adjustment waiting for approval, decisions waiting at a task of each kind of form,
 * and objects of the water unit for "another unit's id".
 */
final class HostileInputDoors {

    /** The name under which a door's upload is varied. */
    static final String FILE = "file";

    private final ProcedureDriver driver;
    private final CatalogueFixture catalogues;
    private final CatalogueDrafting drafting;
    private final CatalogueAdjustments adjustments;
    private final TaskRules rules;
    private final JdbcTemplate jdbc;
    private final TaskService tasks;

    HostileInputDoors(ProcedureDriver driver, CatalogueFixture catalogues, CatalogueDrafting drafting,
                      CatalogueAdjustments adjustments, TaskRules rules, JdbcTemplate jdbc, TaskService tasks) {
        this.tasks = tasks;
        this.driver = driver;
        this.catalogues = catalogues;
        this.drafting = drafting;
        this.adjustments = adjustments;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    List<FormDoor> all() {
        List<FormDoor> doors = new ArrayList<>();
        long published = catalogues.draft();
        long eduItem = catalogues.item(published, "教育事项", "unit-edu");
        long waterItem = catalogues.item(published, "水务事项", "unit-water");
        long eduItemToRemove = catalogues.item(published, "拟移出的教育事项", "unit-edu");
        catalogues.publish(published);
        long draft = catalogues.draft();
        long draftItem = catalogues.item(draft, "草拟事项", "unit-edu");
        long otherDraft = catalogues.draft();
        long otherDraftItem = catalogues.item(otherDraft, "另一目录的事项", "unit-edu");
        long consented = catalogues.draft();
        catalogues.item(consented, "待公布事项", "unit-edu");
        drafting.recordConsent(consented, CatalogueFixture.CONSENT_DATE, "同意", CatalogueFixture.OFFICE);
        long adjustment = adjustments.propose(published, new CatalogueAdjustments.Request(Adjustment.Kind.ADD, null,
                CatalogueFixture.fields("增补事项", "unit-edu"), "工作需要"), "edu1");

        Decision water = driver.atRevision("water1");
        String waterTask = driver.task(water, "Task_ReviseDraft").getId();

        doors.add(FormDoor.post("/decisions/new", "edu1", "/decisions/new")
                // another unit's item is no "other unit's object" here: any department may propose on any
                // item (PROCEDURE.md, Initiation), and the head names the sponsoring unit when starting
                .field(of("catalogueItemId", Kind.NUMBER), String.valueOf(eduItem))
                .field(of("title", Kind.TEXT), "学区调整")
                .field(of("problem", Kind.TEXT), "学位不均衡")
                .field(of("reasons", Kind.TEXT), "就近入学")
                .field(of("legalBasis", Kind.TEXT), "义务教育法")
                .field(of("preliminaryPlan", Kind.TEXT), "初步方案")
                .field(of("exploratoryReform", Kind.BOOLEAN).optional(), "false"));
        doors.add(FormDoor.post("/normative/new", "edu1", "/normative/new")
                .field(of("title", Kind.TEXT), "某市校外培训管理办法")
                .field(of("necessity", Kind.TEXT), "必要性")
                .field(of("legalBasis", Kind.TEXT), "依据")
                .field(of("mainContent", Kind.TEXT), "主要内容"));
        doors.add(FormDoor.post("/catalogues/new", "office1", "/catalogues/new")
                .field(of("organ", Kind.TEXT), CatalogueFixture.uniqueOrgan())
                .field(of("region", Kind.CHOICE), "national")
                .field(of("year", Kind.NUMBER), "2027"));
        doors.add(FormDoor.post("/catalogues/{id:\\d+}/consent", "office1", "/catalogues/" + draft + "/consent")
                .field(of("consentDate", Kind.PAST_DATE), CatalogueFixture.CONSENT_DATE.toString())
                .field(of("consentText", Kind.TEXT), "县委常委会同意")
                .badPath("no-such-catalogue", "/catalogues/987654321/consent")
                .badPath("letters", "/catalogues/abc/consent"));
        doors.add(FormDoor.post("/catalogues/{id:\\d+}/publish", "office1", "/catalogues/" + consented + "/publish")
                .field(of("confirmed", Kind.BOOLEAN), "true")
                .badPath("no-such-catalogue", "/catalogues/987654321/publish")
                .badPath("already-published", "/catalogues/" + published + "/publish"));
        doors.add(itemFields(FormDoor.post("/catalogues/{id:\\d+}/items", "office1", "/catalogues/" + draft + "/items"))
                .badPath("published-catalogue", "/catalogues/" + published + "/items")
                .badPath("no-such-catalogue", "/catalogues/987654321/items"));
        doors.add(itemFields(FormDoor.post("/catalogues/{id:\\d+}/items/{itemId:\\d+}/edit", "office1",
                "/catalogues/" + draft + "/items/" + draftItem + "/edit"))
                .badPath("item-of-another-catalogue", "/catalogues/" + draft + "/items/" + otherDraftItem + "/edit")
                .badPath("no-such-item", "/catalogues/" + draft + "/items/987654321/edit"));
        doors.add(FormDoor.post("/catalogues/{id:\\d+}/items/{itemId:\\d+}/delete", "office1",
                        "/catalogues/" + draft + "/items/987654321/delete")
                .badPath("item-of-another-catalogue", "/catalogues/" + draft + "/items/" + otherDraftItem + "/delete")
                .badPath("published-item", "/catalogues/" + published + "/items/" + eduItem + "/delete")
                .badPath("beyond-long", "/catalogues/" + draft + "/items/99999999999999999999999/delete"));
        doors.add(FormDoor.post("/catalogues/{id:\\d+}/import", "office1", "/catalogues/" + draft + "/import")
                .field(new Field(FILE, Kind.TEXT, true, "\u0000\u0001\u0002PK\u0003\u0004binary"), null)
                .fixed(FILE, "事项名称,类别代码,承办单位,需履行程序,是否听证,计划完成时间\n"
                        + "城区停车收费调整,PUBLIC_POLICY,unit-transport,公众参与,是,2026-10-31\n")
                .badPath("published-catalogue", "/catalogues/" + published + "/import"));
        doors.add(itemFields(FormDoor.post("/catalogues/{id:\\d+}/adjustments/new", "edu1",
                        "/catalogues/" + published + "/adjustments/new"))
                .field(of("kind", Kind.CHOICE), "ADD")
                .field(of("reason", Kind.TEXT), "工作需要")
                .fixed("sponsorUnit", "unit-edu")
                .badPath("draft-catalogue", "/catalogues/" + draft + "/adjustments/new")
                .badPath("no-such-catalogue", "/catalogues/987654321/adjustments/new"));
        doors.add(FormDoor.post("/catalogues/{id:\\d+}/adjustments/new", "edu1",
                        "/catalogues/" + published + "/adjustments/new")
                .field(of("itemId", Kind.NUMBER).otherUnits(String.valueOf(waterItem)), String.valueOf(eduItemToRemove))
                .fixed("kind", "REMOVE").fixed("reason", "不再需要"));
        doors.add(FormDoor.post("/catalogues/{id:\\d+}/adjustments/{adjustmentId:\\d+}/{verdict:approve|reject}",
                        "office1", "/catalogues/" + published + "/adjustments/" + adjustment + "/approve")
                .field(of("decisionReason", Kind.TEXT), "同意")
                .field(of("confirmed", Kind.BOOLEAN), "true")
                .badPath("adjustment-of-another-catalogue", "/catalogues/" + draft + "/adjustments/" + adjustment
                        + "/approve")
                .badPath("no-such-adjustment", "/catalogues/" + published + "/adjustments/987654321/approve"));
        doors.add(FormDoor.post("/notices/{id:\\d+}/read", "edu1", "/notices/987654321/read")
                .badPath("someone-elses", "/notices/" + someoneElsesNotice() + "/read")
                .badPath("beyond-long", "/notices/99999999999999999999999/read"));

        taskDoors(doors, water, waterTask);
        doors.addAll(pageDoors(published, water, waterTask));
        doors.add(FormDoor.post("/portal/consultations/{decisionId}/comments", "anonymous",
                        "/portal/consultations/" + atOpenConsultation().id() + "/comments")
                .field(of("name", Kind.OPTIONAL_TEXT), "市民")
                .field(of("contact", Kind.OPTIONAL_TEXT), "13800000000")
                .field(of("text", Kind.TEXT), "建议")
                .badPath("letters", "/portal/consultations/abc/comments")
                .badPath("no-such-decision", "/portal/consultations/987654321/comments")
                .badPath("unpublished", "/portal/consultations/" + water.id() + "/comments"));
        return doors;
    }

    private Decision atOpenConsultation() {
        Decision decision = driver.propose("PUBLIC_POLICY", false, "edu1");
        driver.complete(decision, "Task_DecideInitiation", "head1");
        driver.complete(decision, "Task_DraftDecision", "edu1", driver.form("Task_DraftDecision",
                "affectsVitalInterests", false, "technical", false, "riskToStability", false));
        driver.complete(decision, "Task_ConfirmProcedures", "edu1");
        driver.complete(decision, "Task_PrepareConsultation", "edu1");
        return decision;
    }

    /** A catalogue item's fields; the office may name any unit, a sponsor only its own. */
    private static FormDoor itemFields(FormDoor door) {
        Field unit = door.person().equals(CatalogueFixture.OFFICE) ? of("sponsorUnit", Kind.CHOICE)
                : of("sponsorUnit", Kind.CHOICE).otherUnits("unit-water");
        return door.field(of("matter", Kind.TEXT), "新增事项")
                .field(of("category", Kind.CHOICE), "PUBLIC_POLICY")
                .field(unit, "unit-edu")
                .field(of("requiredProcedures", Kind.TEXT), "公众参与、合法性审查、集体讨论决定")
                .field(of("hearingPlanned", Kind.BOOLEAN), "false")
                .field(of("targetDate", Kind.FUTURE_DATE), "2026-12-31");
    }

    /** A task of each kind of form, open for the person who may complete it, and the task doors around them. */
    private void taskDoors(List<FormDoor> doors, Decision water, String waterTask) {
        Decision initiation = driver.propose("PUBLIC_POLICY", false, "edu1");
        Decision drafting = driver.propose("PUBLIC_POLICY", false, "edu1");
        driver.complete(drafting, "Task_DecideInitiation", "head1");
        Decision revision = driver.atRevision("edu1");
        Decision submission = driver.atRevision("edu1");
        driver.complete(submission, "Task_ReviseDraft", "edu1");
        Decision review = driver.atReview("edu1");
        Decision meeting = driver.atMeeting();
        Decision opinion = driver.atMeeting();
        driver.complete(opinion, "Task_ScheduleMeeting", "office1");

        taskForm(doors, initiation, "Task_DecideInitiation", "head1", waterTask);
        taskForm(doors, drafting, "Task_DraftDecision", "edu1", waterTask);
        taskForm(doors, revision, "Task_ReviseDraft", "edu1", waterTask);
        taskForm(doors, submission, "Task_SubmitForReview", "edu1", waterTask);
        taskForm(doors, review, "Task_ReviewLegality", "reviewer1", waterTask);
        taskForm(doors, meeting, "Task_ScheduleMeeting", "office1", waterTask);
        taskForm(doors, opinion, "Task_MemberOpinion", "member1", waterTask);

        Decision escalation = driver.atRevision("edu1");
        String task = driver.task(escalation, "Task_ReviseDraft").getId();
        tasks.claim(task, "edu1"); // one transfers only a task one holds
        doors.add(FormDoor.post("/tasks/{id}/claim", "edu1", "/tasks/" + waterTask + "/claim")
                .badPath("no-such-task", "/tasks/no-such-task/claim")
                .badPath("huge-id", "/tasks/" + "9".repeat(5000) + "/claim"));
        doors.add(FormDoor.post("/tasks/{id}/unclaim", "edu1", "/tasks/" + waterTask + "/unclaim")
                .badPath("no-such-task", "/tasks/no-such-task/unclaim"));
        doors.add(FormDoor.post("/tasks/{id}/transfer", "edu1", "/tasks/" + task + "/transfer")
                .field(of("to", Kind.USER).otherUnits("water1"), "eduleader1")
                .field(of("reason", Kind.TEXT), "外出学习")
                .field(of("confirmed", Kind.BOOLEAN), "true")
                .badPath("other-units-task", "/tasks/" + waterTask + "/transfer")
                .badPath("no-such-task", "/tasks/no-such-task/transfer"));
        doors.add(FormDoor.post("/tasks/{id}/urge", "office1", "/tasks/" + task + "/urge")
                .field(of("decisionId", Kind.NUMBER), String.valueOf(escalation.id()))
                .field(of("reason", Kind.OPTIONAL_TEXT), "请抓紧办理")
                .field(of("confirmed", Kind.BOOLEAN), "true")
                .badPath("no-such-task", "/tasks/no-such-task/urge"));
    }

    /** The task's form with its own fields (TaskRules), each valid as the procedure tests fill them. */
    private void taskForm(List<FormDoor> doors, Decision decision, String taskKey, String person, String waterTask) {
        String task = driver.tasks(decision, taskKey).stream()
                .filter(t -> t.getAssignee() == null || t.getAssignee().equals(person)).findFirst().orElseThrow()
                .getId();
        FormDoor door = FormDoor.post("/tasks/{id}", person, "/tasks/" + task).fixed("confirmed", "true");
        Map<String, Object> valid = driver.validForm(taskKey);
        for (FormField field : rules.forTask(taskKey).orElseThrow().fields()) {
            if (field.name().equals("opinionAdoptions")) {
                continue; // the page builds it from adopt.* and reason.* fields, never posts it as such
            }
            Object value = valid.get(field.name());
            Field hostile = new Field(field.name(), kind(field), field.required(), null);
            door.field(hostile, value == null ? null : text(value));
        }
        door.badPath("other-units-task", "/tasks/" + waterTask).badPath("no-such-task", "/tasks/no-such-task");
        doors.add(door);
    }

    private static Kind kind(FormField field) {
        return switch (field.type()) {
            case TEXT -> field.required() ? Kind.TEXT : Kind.OPTIONAL_TEXT;
            case BOOLEAN -> Kind.BOOLEAN;
            case DATE -> Kind.DATE;
            case INTEGER -> Kind.NUMBER;
            case CHOICE -> Kind.CHOICE;
            case USER, USER_LIST -> Kind.USER;
        };
    }

    private static String text(Object value) {
        return value instanceof Collection<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
    }

    /** Pages that read ids and filters from the address. */
    private List<FormDoor> pageDoors(long published, Decision water, String waterTask) {
        List<FormDoor> doors = new ArrayList<>();
        doors.add(FormDoor.get("/", "edu1", "/")
                .field(of("due", Kind.CHOICE).optional(), null)
                .field(of("tab", Kind.CHOICE).optional(), null)
                .field(of("stage", Kind.OPTIONAL_TEXT), null)
                .field(of("unit", Kind.OPTIONAL_TEXT), null)
                .field(of("page", Kind.NUMBER).optional(), null));
        doors.add(FormDoor.get("/meetings", "edu1", "/meetings")
                .field(of("decision", Kind.NUMBER).otherUnits(String.valueOf(water.id())), String.valueOf(water.id())));
        doors.add(FormDoor.get("/meetings/{id}", "edu1", "/meetings/no-such-meeting")
                .badPath("huge", "/meetings/" + "x".repeat(5000)));
        doors.add(FormDoor.get("/meetings/{id}/minutes", "edu1", "/meetings/no-such-meeting/minutes"));
        doors.add(FormDoor.get("/decisions/{id:\\d+}", "edu1", "/decisions/" + water.id())
                .badPath("no-such-decision", "/decisions/987654321")
                .badPath("beyond-long", "/decisions/99999999999999999999999"));
        doors.add(FormDoor.get("/documents/{id:\\d+}", "edu1", "/documents/987654321")
                .badPath("beyond-long", "/documents/99999999999999999999999"));
        doors.add(FormDoor.get("/decisions/{id:\\d+}/diagram/{processDefinitionId}", "edu1",
                        "/decisions/" + water.id() + "/diagram/x")
                .badPath("no-such-decision", "/decisions/987654321/diagram/x"));
        doors.add(FormDoor.get("/decisions/{id:\\d+}/archive.zip", "admin", "/decisions/987654321/archive.zip")
                .badPath("unsealed", "/decisions/" + water.id() + "/archive.zip"));
        doors.add(FormDoor.get("/tasks/{id}", "edu1", "/tasks/" + waterTask)
                .badPath("no-such-task", "/tasks/no-such-task"));
        doors.add(FormDoor.get("/catalogues/{id:\\d+}", "office1", "/catalogues/987654321"));
        doors.add(FormDoor.get("/catalogues/{id:\\d+}/items/{itemId:\\d+}/edit", "office1",
                "/catalogues/" + published + "/items/987654321/edit"));
        doors.add(FormDoor.get("/catalogues/{id:\\d+}/adjustments/new", "edu1",
                        "/catalogues/" + published + "/adjustments/new")
                .field(of("kind", Kind.CHOICE).optional(), "CHANGE")
                .field(of("itemId", Kind.NUMBER).optional(), null)
                .badPath("no-such-catalogue", "/catalogues/987654321/adjustments/new"));
        doors.add(FormDoor.get("/audit/dossier", "admin", "/audit/dossier")
                .field(of("reference", Kind.TEXT), "JC-2026-99999"));
        doors.add(FormDoor.get("/supervision", "supervisor1", "/supervision")
                .field(of("year", Kind.NUMBER).optional(), null)
                .field(of("organ", Kind.OPTIONAL_TEXT), null).field(of("unit", Kind.OPTIONAL_TEXT), null));
        for (String path : List.of("/supervision/decisions", "/supervision/decisions.csv")) {
            doors.add(FormDoor.get(path, "supervisor1", path).field(of("figure", Kind.CHOICE), "total")
                    .field(of("year", Kind.NUMBER).optional(), null));
        }
        doors.add(FormDoor.get("/supervision/figures.csv", "supervisor1", "/supervision/figures.csv")
                .field(of("year", Kind.NUMBER).optional(), null));
        doors.add(FormDoor.get("/portal/consultations/{decisionId}", "anonymous", "/portal/consultations/abc")
                .badPath("no-such-decision", "/portal/consultations/987654321")
                .badPath("unpublished", "/portal/consultations/" + water.id()));
        doors.add(FormDoor.get("/portal/consultations/{decisionId}/comments", "anonymous",
                "/portal/consultations/abc/comments"));
        doors.add(FormDoor.get("/portal/decisions/{decisionId}", "anonymous", "/portal/decisions/abc")
                .badPath("no-such-decision", "/portal/decisions/987654321")
                .badPath("unpublished", "/portal/decisions/" + water.id()));
        return doors;
    }

    private long someoneElsesNotice() {
        return jdbc.queryForList("SELECT id FROM notice WHERE recipient <> 'edu1' ORDER BY id", Long.class).stream()
                .findFirst().orElse(0L);
    }
}

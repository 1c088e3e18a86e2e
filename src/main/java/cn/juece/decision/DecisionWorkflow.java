package cn.juece.decision;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.juece.catalogue.Catalogue;
import cn.juece.catalogue.CatalogueItem;
import cn.juece.dossier.Dossier;
import cn.juece.dossier.EntryKind;
import cn.juece.procedure.ProcedureSettings;
import cn.juece.procedure.ProcedureViolation;
import cn.juece.procedure.ProcedureViolation.FieldError;
import cn.juece.procedure.ProcessVariables;

/** Proposes decisions and starts their procedure; the decision capability's entry point. */
@Service
public class DecisionWorkflow {

    public static final String PROCESS_KEY = "MajorDecisionProcess";
    /** The one category registered outside the catalogue: see {@link #proposeNormativeDocument}. */
    public static final String NORMATIVE_DOCUMENT = "NORMATIVE_DOCUMENT";
    public static final String NORMATIVE_PROCESS_KEY = "NormativeDocumentProcess";
    static final String NORMATIVE_PROPOSAL_EVENT = "StartEvent_NormativeDocumentProposed";

    private final DecisionRepository decisions;
    private final Catalogue catalogue;
    private final Dossier dossier;
    private final RuntimeService runtime;
    private final ProcedureSettings settings;
    private final Validator validator;

    DecisionWorkflow(DecisionRepository decisions, Catalogue catalogue, Dossier dossier, RuntimeService runtime,
                    ProcedureSettings settings, Validator validator) {
        this.decisions = decisions;
        this.catalogue = catalogue;
        this.dossier = dossier;
        this.runtime = runtime;
        this.settings = settings;
        this.validator = validator;
    }

    /** Registers a proposal and starts its procedure at the organ's decision to initiate. */
    @Transactional
    public Decision propose(Proposal proposal, String proposer) {
        return propose(proposal, proposer, null);
    }

    /** A major adjustment: a new decision on the same catalogue item, linked to the old one. */
    @Transactional
    public Decision proposeAdjustment(long previousDecisionId) {
        Decision previous = find(previousDecisionId).orElseThrow();
        Proposal proposal = new Proposal(previous.catalogueItemId(), previous.title() + "（调整）",
                "决策后评估认为需要对原决策作重大调整", "依据决策后评估结论调整原决策 " + previous.reference(),
                previous.legalBasis(), "待承办单位依据后评估报告重新拟订", previous.exploratoryReform());
        return propose(proposal, "system", previousDecisionId);
    }

    /**
     * A normative document (行政规范性文件) is registered as a decision of its own category so its
     * dossier, legality review and meeting run as for a major decision. It is the one exception
     * to the catalogue rule (目录化管理 governs major decisions, not normative documents), and it
     * runs in its own model, started here and nowhere else. The proposal's catalogue item is
     * ignored: the document is validated by its own proposal in package {@code normative}.
     */
    @Transactional
    public Decision proposeNormativeDocument(Proposal proposal, String region, String proposer,
                                             Long previousDecisionId, Map<String, Object> extraVariables) {
        Proposal outsideCatalogue = new Proposal(null, proposal.title(), proposal.problem(), proposal.reasons(),
                proposal.legalBasis(), proposal.preliminaryPlan(), false);
        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        long id = decisions.insert(outsideCatalogue, NORMATIVE_DOCUMENT, region, proposer, previousDecisionId,
                settings.partyCommitteeReportRequired(), now);
        Decision decision = decisions.find(id).orElseThrow();
        Map<String, Object> variables = startVariables(decision);
        variables.putAll(extraVariables);
        String processInstanceId = runtime.startProcessInstanceByKey(NORMATIVE_PROCESS_KEY, decision.reference(),
                variables).getProcessInstanceId();
        decisions.procedureStarted(id, processInstanceId);
        Map<String, Object> content = proposalContent(decision, null);
        content.put(ProcessVariables.SPONSOR_UNIT, extraVariables.get(ProcessVariables.SPONSOR_UNIT));
        dossier.record(new Dossier.Step(id, processInstanceId, NORMATIVE_PROPOSAL_EVENT,
                "提出规范性文件制定建议", null, proposer), EntryKind.PROCEDURE_EVENT, content);
        return decisions.find(id).orElseThrow();
    }

    /** Closes the decision with its final status; called when its dossier is archived. */
    public void archive(long decisionId, DecisionStatus finalStatus) {
        decisions.archived(decisionId, finalStatus, new Timestamp(ClockUtil.getCurrentTime().getTime()));
    }

    public Optional<Decision> find(long id) {
        return decisions.find(id);
    }

    public List<Decision> all() {
        return decisions.all();
    }

    private Decision propose(Proposal proposal, String proposer, Long previousDecisionId) {
        validate(proposal);
        catalogue.whyNotStartable(proposal.catalogueItemId()).ifPresent(refusal -> {
            throw new ProcedureViolation(List.of(new FieldError("catalogueItemId", refusal)));
        });
        CatalogueItem item = catalogue.item(proposal.catalogueItemId()).orElseThrow();
        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        long id = decisions.insert(proposal, item.category(), item.region(), proposer, previousDecisionId,
                settings.partyCommitteeReportRequired(), now);
        Decision decision = decisions.find(id).orElseThrow();
        String processInstanceId = runtime.startProcessInstanceByKey(PROCESS_KEY, decision.reference(),
                startVariables(decision)).getProcessInstanceId();
        decisions.procedureStarted(id, processInstanceId);
        dossier.record(new Dossier.Step(id, processInstanceId, "StartEvent_ProposalSubmitted", "提出决策建议",
                null, proposer), EntryKind.PROCEDURE_EVENT, proposalContent(decision, item));
        return decisions.find(id).orElseThrow();
    }

    private void validate(Proposal proposal) {
        Set<ConstraintViolation<Proposal>> violations = validator.validate(proposal);
        if (!violations.isEmpty()) {
            throw new ProcedureViolation(violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList());
        }
    }

    private Map<String, Object> startVariables(Decision decision) {
        Map<String, Object> variables = new HashMap<>(settings.asProcessVariables());
        variables.put(ProcessVariables.DECISION_ID, decision.id());
        variables.put(ProcessVariables.DECISION_TITLE, decision.title());
        variables.put(ProcessVariables.DECISION_REFERENCE, decision.reference());
        variables.put(ProcessVariables.CATEGORY, decision.category());
        variables.put(ProcessVariables.REGION, decision.region());
        variables.put(ProcessVariables.EXPLORATORY_REFORM, decision.exploratoryReform());
        return variables;
    }

    private static Map<String, Object> proposalContent(Decision decision, CatalogueItem item) {
        Map<String, Object> content = new HashMap<>();
        content.put("reference", decision.reference());
        if (item != null) {
            content.put("catalogueItem", item.matter());
        }
        content.put("title", decision.title());
        content.put("problem", decision.problem());
        content.put("reasons", decision.reasons());
        content.put("legalBasis", decision.legalBasis());
        content.put("preliminaryPlan", decision.preliminaryPlan());
        content.put("exploratoryReform", decision.exploratoryReform());
        if (decision.previousDecisionId() != null) {
            content.put("previousDecisionId", decision.previousDecisionId());
        }
        return content;
    }
}

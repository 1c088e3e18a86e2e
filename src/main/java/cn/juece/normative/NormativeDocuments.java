package cn.juece.normative;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.juece.decision.Decision;
import cn.juece.decision.DecisionWorkflow;
import cn.juece.decision.Proposal;
import cn.juece.dossier.Dossier;
import cn.juece.procedure.ProcedureViolation;
import cn.juece.procedure.ProcedureViolation.FieldError;
import cn.juece.procedure.ProcessVariables;
import cn.juece.security.Directory;

/**
 * Proposes normative documents (行政规范性文件) and starts their procedure: the capability's
 * entry point. The sponsoring unit is the proposer's own unit; the document is registered as a
 * decision of category {@code NORMATIVE_DOCUMENT}, outside the catalogue.
 */
@Service
public class NormativeDocuments {

    private final DecisionWorkflow decisions;
    private final NormativeSettings settings;
    private final Directory directory;
    private final Validator validator;
    private final NormativeNumbers numbers;
    private final Dossier dossier;

    NormativeDocuments(DecisionWorkflow decisions, NormativeSettings settings, Directory directory,
                       Validator validator, NormativeNumbers numbers, Dossier dossier) {
        this.numbers = numbers;
        this.dossier = dossier;
        this.decisions = decisions;
        this.settings = settings;
        this.directory = directory;
        this.validator = validator;
    }

    @Transactional
    public Decision propose(NormativeProposal proposal, String proposer) {
        validate(proposal);
        String unit = unitOf(proposer);
        return start(proposal, proposer, unit, null);
    }

    /** A successor to a document being amended or re-issued: drafted again by the same unit. */
    @Transactional
    public Decision proposeSuccessor(long previousId, String sponsorUnit, String why) {
        Decision previous = decisions.find(previousId).orElseThrow();
        NormativeProposal proposal = new NormativeProposal(previous.title() + "（" + why + "）",
                why + "：" + previous.reference(), previous.legalBasis(), "待承办单位重新起草");
        return start(proposal, "system", sponsorUnit, previousId);
    }

    /** The number and publication particulars once given, for the forms after registration. */
    public Optional<Particulars> particulars(long decisionId) {
        return numbers.find(decisionId).map(number -> {
            Map<String, Object> published = dossier.latest(decisionId, "Task_PublishNormativeDocument")
                    .map(dossier::content).orElse(Map.of());
            return new Particulars(number, text(published.get(NormativeVariables.PUBLISHED_ON)),
                    text(published.get(NormativeVariables.EFFECTIVE_FROM)), text(published.get(NormativeVariables.VALID_UNTIL)));
        });
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private Decision start(NormativeProposal proposal, String proposer, String unit, Long previousId) {
        Map<String, Object> variables = new HashMap<>(settings.asProcessVariables());
        variables.put(ProcessVariables.SPONSOR_UNIT, unit);
        Proposal registered = new Proposal(null, proposal.title(), proposal.necessity(), proposal.necessity(),
                proposal.legalBasis(), proposal.mainContent(), false);
        return decisions.proposeNormativeDocument(registered, settings.region(), proposer, previousId, variables);
    }

    private String unitOf(String user) {
        return directory.person(user).flatMap(person -> person.groups().stream().filter(directory::isUnit).findFirst())
                .orElseThrow(() -> new ProcedureViolation(List.of(new FieldError(null,
                        "只有承办单位的工作人员可以提出规范性文件制定建议"))));
    }

    private void validate(NormativeProposal proposal) {
        var violations = validator.validate(proposal);
        if (!violations.isEmpty()) {
            throw new ProcedureViolation(violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).toList());
        }
    }

    /** A numbered document: its unified number and, once published, its dates (yyyy-MM-dd, blank before). */
    public record Particulars(String number, String publishedOn, String effectiveFrom, String validUntil) {
    }
}

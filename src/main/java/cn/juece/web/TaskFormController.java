package cn.juece.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.juece.decision.DecisionWorkflow;
import cn.juece.decision.OpinionAdoptions;
import cn.juece.decision.SendBacks;
import cn.juece.dossier.Documents;
import cn.juece.normative.NormativeDocuments;
import cn.juece.procedure.FormField;
import cn.juece.procedure.ProcedureViolation;
import cn.juece.procedure.TaskRule;
import cn.juece.procedure.TaskRules;
import cn.juece.review.ReviewMaterials;
import cn.juece.security.Directory;
import cn.juece.task.TaskConflict;
import cn.juece.task.TaskEscalation;
import cn.juece.task.WorkflowTasks;
import cn.juece.task.WorkflowTasks.OpenTask;

/**
 * Shows a task's form (template {@code forms/<formKey>.ftlh}) with the materials it needs,
 * and completes the task. The engine-layer rules decide; a refusal comes back next to the
 * field it concerns, with everything typed kept.
 */
@Controller
class TaskFormController {

    static final String CONFIRMATION = "confirmed";

    private final WorkflowTasks workflow;
    private final TaskRules rules;
    private final DecisionWorkflow decisions;
    private final ReviewMaterials reviewMaterials;
    private final OpinionAdoptions adoptions;
    private final SendBacks sendBacks;
    private final FieldOptions options;
    private final Directory directory;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final NormativeDocuments normativeDocuments;
    private final TaskEscalation escalation;

    TaskFormController(WorkflowTasks workflow, TaskRules rules, DecisionWorkflow decisions,
                       ReviewMaterials reviewMaterials, OpinionAdoptions adoptions, SendBacks sendBacks,
                       FieldOptions options, Directory directory, MessageSource messages, ObjectMapper json,
                       TaskEscalation escalation, NormativeDocuments normativeDocuments) {
        this.escalation = escalation;
        this.normativeDocuments = normativeDocuments;
        this.workflow = workflow;
        this.rules = rules;
        this.decisions = decisions;
        this.reviewMaterials = reviewMaterials;
        this.adoptions = adoptions;
        this.sendBacks = sendBacks;
        this.options = options;
        this.directory = directory;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/tasks/{id}")
    String show(@PathVariable String id, Authentication authentication, Model model) {
        OpenTask open = openTask(id, authentication);
        return render(open, Map.of(), Map.of(), model);
    }

    @PostMapping("/tasks/{id}")
    String submit(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
                  @RequestParam(name = Documents.FIELD, required = false) List<MultipartFile> files,
                  Authentication authentication, Locale locale, Model model, RedirectAttributes redirect)
            throws IOException {
        if (!workflow.exists(id)) {
            // completed by someone else before this submission arrived
            redirect.addFlashAttribute("error", TaskConflict.GONE);
            return "redirect:/";
        }
        OpenTask open = openTask(id, authentication);
        TaskRule rule = rule(open);
        Map<String, Object> values = TaskFormBinding.bind(rule.fields(), params, json);
        if (!"true".equals(params.getFirst(CONFIRMATION))) {
            String unconfirmed = messages.getMessage("form.unconfirmed", null, locale);
            return render(open, values, Map.of(CONFIRMATION, List.of(unconfirmed)), model);
        }
        CurrentUser user = CurrentUser.of(authentication);
        try {
            workflow.complete(id, user.id(), user.groups(), values, uploads(files));
        } catch (TaskConflict lost) {
            // the form would be of a task no longer open: back to the list, with why
            redirect.addFlashAttribute("error", lost.getMessage());
            return "redirect:/";
        } catch (ProcedureViolation refused) {
            return render(open, values, errorsByField(refused), model);
        }
        redirect.addFlashAttribute("notice", "task.completed");
        return "redirect:/";
    }

    private static List<Documents.Upload> uploads(List<MultipartFile> files) throws IOException {
        List<Documents.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
                uploads.add(new Documents.Upload(file.getOriginalFilename(), file.getBytes()));
            }
        }
        return uploads;
    }

    private OpenTask openTask(String id, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return workflow.openFor(id, user.id(), user.groups())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private TaskRule rule(OpenTask open) {
        return rules.forTask(open.task().getTaskDefinitionKey())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String render(OpenTask open, Map<String, Object> values, Map<String, List<String>> errors, Model model) {
        TaskRule rule = rule(open);
        Map<String, List<FieldOption>> fieldOptions = new LinkedHashMap<>();
        for (FormField field : rule.fields()) {
            fieldOptions.put(field.name(), options.forField(field.name()));
        }
        model.addAttribute("task", open.task());
        model.addAttribute("fields", rule.fields());
        model.addAttribute("options", fieldOptions);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        if (open.decisionId() != null) {
            long decisionId = open.decisionId();
            model.addAttribute("decision", decisions.find(decisionId).orElse(null));
            model.addAttribute("materials", reviewMaterials.forDecision(decisionId));
            model.addAttribute("opinionsToAnswer", adoptions.toAnswer(decisionId));
            model.addAttribute("requiredProcedures", workflow.requiredProcedures(open.task().getId()));
            normativeDocuments.particulars(decisionId).ifPresent(particulars -> model.addAttribute("normative", particulars));
            sendBacks.pendingFor(decisionId, open.task().getTaskDefinitionKey())
                    .ifPresent(sendBack -> model.addAttribute("sentBack", sendBack));
        }
        model.addAttribute("directory", directory);
        model.addAttribute("transferees", escalation.transferees(open.task().getId(), open.task().getAssignee() == null
                ? "" : open.task().getAssignee()));
        return open.task().getFormKey();
    }

    private static Map<String, List<String>> errorsByField(ProcedureViolation refused) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        refused.errors().forEach(error -> errors.computeIfAbsent(error.field() == null ? "" : error.field(),
                key -> new ArrayList<>()).add(error.message()));
        return errors;
    }
}

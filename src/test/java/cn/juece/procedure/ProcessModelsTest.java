package cn.juece.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Conventions every model in processes/ keeps, so Modeler, Cockpit and the Java rules can rely on them. */
class ProcessModelsTest {

    static final Path PROCESSES = Path.of("processes");

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern PASCAL_CASE = Pattern.compile("[A-Z][A-Za-z0-9]*");

    /** Camunda naming guide: the id says what the element is, then what it does. */
    private static final Map<String, String> ID_PREFIX = Map.ofEntries(
            Map.entry("userTask", "Task_"),
            Map.entry("serviceTask", "ServiceTask_"),
            Map.entry("businessRuleTask", "BusinessRuleTask_"),
            Map.entry("callActivity", "CallActivity_"),
            Map.entry("subProcess", "SubProcess_"),
            Map.entry("exclusiveGateway", "Gateway_"),
            Map.entry("inclusiveGateway", "Gateway_"),
            Map.entry("parallelGateway", "Gateway_"),
            Map.entry("startEvent", "StartEvent_"),
            Map.entry("endEvent", "EndEvent_"),
            Map.entry("boundaryEvent", "BoundaryEvent_"),
            Map.entry("intermediateCatchEvent", "IntermediateCatchEvent_"),
            Map.entry("sequenceFlow", "Flow_"));

    static Stream<Path> models() {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BpmnModelInstance read(Path model) {
        try (InputStream in = Files.newInputStream(model)) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyProcessOfTheProcedureIsModelled() {
        assertThat(models().map(model -> model.getFileName().toString())).containsExactlyInAnyOrder(
                "major-decision.bpmn", "public-participation.bpmn", "expert-argumentation.bpmn",
                "risk-assessment.bpmn", "legality-review.bpmn", "collective-discussion.bpmn",
                "decision-execution.bpmn", "normative-document.bpmn");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyElementIsNamedInChinese(Path model) {
        BpmnModelInstance bpmn = read(model);
        assertThat(bpmn.getModelElementsByType(FlowNode.class)).allSatisfy(node -> assertThat(node.getName())
                .as("name of %s", node.getId())
                .isNotBlank()
                .containsPattern(CJK));
        assertThat(bpmn.getModelElementsByType(Process.class))
                .allSatisfy(process -> assertThat(process.getName()).containsPattern(CJK));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyElementAndFlowIsDrawn(Path model) {
        BpmnModelInstance bpmn = read(model);
        assertThat(bpmn.getModelElementsByType(FlowNode.class)).allSatisfy(node -> assertThat(node.getDiagramElement())
                .as("shape of %s", node.getId())
                .isInstanceOf(BpmnShape.class));
        assertThat(bpmn.getModelElementsByType(SequenceFlow.class)).allSatisfy(flow -> assertThat(flow.getDiagramElement())
                .as("edge of %s", flow.getId())
                .isInstanceOf(BpmnEdge.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void boundaryEventsSitOnTheBorderOfTheirActivity(Path model) {
        assertThat(read(model).getModelElementsByType(BoundaryEvent.class)).allSatisfy(event -> {
            Bounds own = bounds(event);
            Bounds host = bounds(event.getAttachedTo());
            double x = own.getX() + own.getWidth() / 2;
            double y = own.getY() + own.getHeight() / 2;
            boolean insideHorizontally = x >= host.getX() && x <= host.getX() + host.getWidth();
            boolean insideVertically = y >= host.getY() && y <= host.getY() + host.getHeight();
            boolean onTopOrBottom = insideHorizontally
                    && (near(y, host.getY()) || near(y, host.getY() + host.getHeight()));
            boolean onLeftOrRight = insideVertically
                    && (near(x, host.getX()) || near(x, host.getX() + host.getWidth()));
            assertThat(onTopOrBottom || onLeftOrRight).as("%s drawn on the border of its activity", event.getId())
                    .isTrue();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void embeddedSubProcessesAreDrawnExpanded(Path model) {
        assertThat(read(model).getModelElementsByType(SubProcess.class)).allSatisfy(subProcess -> {
            assertThat(((BpmnShape) subProcess.getDiagramElement()).isExpanded()).as(subProcess.getId()).isTrue();
            Bounds outer = bounds(subProcess);
            assertThat(subProcess.getFlowElements().stream().filter(FlowNode.class::isInstance).map(FlowNode.class::cast))
                    .allSatisfy(child -> assertThat(contains(outer, bounds(child)))
                            .as("%s drawn inside %s", child.getId(), subProcess.getId())
                            .isTrue());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyProcessIsExecutableAndKeepsItsHistory(Path model) {
        assertThat(read(model).getModelElementsByType(Process.class)).allSatisfy(process -> {
            assertThat(process.isExecutable()).as("%s executable", process.getId()).isTrue();
            assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s history TTL", process.getId())
                    .isEqualTo("P3650D");
            assertThat(process.getCamundaVersionTag()).as("%s version tag", process.getId()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyUserTaskHasAFormAndSomeoneToDoIt(Path model) {
        assertThat(read(model).getModelElementsByType(UserTask.class)).allSatisfy(task -> {
            assertThat(task.getCamundaFormKey()).as("form of %s", task.getId()).isNotBlank();
            assertThat(isBlank(task.getCamundaCandidateGroups()) && isBlank(task.getCamundaAssignee()))
                    .as("%s has neither candidate groups nor an assignee", task.getId())
                    .isFalse();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyFlowLeavingADecisionSaysWhichWay(Path model) {
        BpmnModelInstance bpmn = read(model);
        Stream<Gateway> decisions = Stream.concat(
                bpmn.getModelElementsByType(ExclusiveGateway.class).stream(),
                bpmn.getModelElementsByType(InclusiveGateway.class).stream());
        assertThat(decisions.flatMap(gateway -> gateway.getOutgoing().stream()))
                .allSatisfy(flow -> assertThat(flow.getName())
                        .as("name of %s leaving %s", flow.getId(), flow.getSource().getId())
                        .isNotBlank()
                        .containsPattern(CJK));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void callActivitiesCallProcessesThatExist(Path model) {
        Set<String> processIds = models().map(ProcessModelsTest::read)
                .flatMap(bpmn -> bpmn.getModelElementsByType(Process.class).stream())
                .map(Process::getId)
                .collect(Collectors.toSet());
        assertThat(read(model).getModelElementsByType(CallActivity.class))
                .allSatisfy(call -> assertThat(call.getCalledElement()).as("called by %s", call.getId())
                        .isIn(processIds));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void idsFollowTheNamingGuide(Path model) {
        BpmnModelInstance bpmn = read(model);
        List<ModelElementInstance> elements = Stream.<ModelElementInstance>concat(
                bpmn.getModelElementsByType(FlowNode.class).stream(),
                bpmn.getModelElementsByType(SequenceFlow.class).stream()).toList();
        assertThat(elements).allSatisfy(element -> {
            String id = element.getAttributeValue("id");
            String prefix = expectedPrefix(element);
            assertThat(prefix).as("naming rule for %s", id).isNotNull();
            assertThat(id).as("id of a %s", element.getElementType().getTypeName()).startsWith(prefix);
            assertThat(id.substring(prefix.length())).as(id).matches(PASCAL_CASE);
        });
        assertThat(bpmn.getModelElementsByType(Process.class))
                .allSatisfy(process -> assertThat(process.getId()).matches(PASCAL_CASE).endsWith("Process"));
    }

    private static String expectedPrefix(ModelElementInstance element) {
        if (element instanceof Event event && isTimer(event)) {
            return element instanceof BoundaryEvent ? "Timer_" : "IntermediateTimer_";
        }
        return ID_PREFIX.get(element.getElementType().getTypeName());
    }

    private static boolean isTimer(Event event) {
        return !event.getChildElementsByType(TimerEventDefinition.class).isEmpty();
    }

    private static Bounds bounds(FlowNode node) {
        return ((BpmnShape) node.getDiagramElement()).getBounds();
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.getX() >= outer.getX() && inner.getY() >= outer.getY()
                && inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
                && inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= 2;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

package cn.juece.procedure;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.core.model.CoreActivity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Attaches the legal rules to every model at parse time as built-in listeners: they cannot
 * be removed by editing a model, and modification with {@code skipCustomListeners} does not
 * skip them.
 */
@Component
public class ProcedureRulesPlugin implements ProcessEnginePlugin {

    private final TaskCompletionListener completion;
    private final List<ActivityGuard> guards;

    // Lazy: guards reach engine services (e.g. DecisionWorkflow uses RuntimeService), and the
    // engine is built with this plugin, so they are resolved only when a model is parsed.
    public ProcedureRulesPlugin(@Lazy TaskCompletionListener completion, @Lazy List<ActivityGuard> guards) {
        this.completion = completion;
        this.guards = guards;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : configuration.getCustomPostBPMNParseListeners();
        listeners.add(new RulesParseListener());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
    }

    private final class RulesParseListener extends AbstractBpmnParseListener {

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity process) {
            attachGuards(process.getKey(), process);
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            UserTaskActivityBehavior behavior = (UserTaskActivityBehavior) activity.getActivityBehavior();
            TaskListener delegating = task -> completion.notify(task);
            behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, delegating);
            attachGuards(activity.getId(), activity);
        }

        @Override
        public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
            attachGuards(activity.getId(), activity);
        }

        @Override
        public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            attachGuards(activity.getId(), activity);
        }

        private void attachGuards(String elementId, CoreActivity element) {
            List<ActivityGuard> applicable = guards.stream()
                    .filter(guard -> guard.guardedElements().contains(elementId)).toList();
            if (!applicable.isEmpty()) {
                ExecutionListener checkAll = execution -> applicable.forEach(guard -> guard.check(execution));
                element.addBuiltInListener(ExecutionListener.EVENTNAME_START, checkAll);
            }
        }
    }
}

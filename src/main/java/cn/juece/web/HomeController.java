package cn.juece.web;

import java.util.List;

import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.juece.decision.DecisionWorkflow;
import cn.juece.security.Directory;
import cn.juece.task.WorkflowTasks;

/** The signed-in user's start page: open tasks and the decisions in the system. */
@Controller
class HomeController {

    static final String VIEW = "home";

    private final WorkflowTasks tasks;
    private final DecisionWorkflow decisions;
    private final Directory directory;

    HomeController(WorkflowTasks tasks, DecisionWorkflow decisions, Directory directory) {
        this.tasks = tasks;
        this.decisions = decisions;
        this.directory = directory;
    }

    @GetMapping("/")
    String home(Authentication user, Model model) {
        List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        model.addAttribute("userName", directory.displayName(user.getName()));
        model.addAttribute("tasks", tasks.openTasks(user.getName(), groups).stream()
                .map(task -> new TaskRow(task, tasks.decisionTitle(task))).toList());
        model.addAttribute("decisions", decisions.all());
        return VIEW;
    }

    /** A task with the title of its decision. */
    record TaskRow(Task task, String decisionTitle) {
    }
}

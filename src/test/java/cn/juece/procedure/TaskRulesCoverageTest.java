package cn.juece.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.JueceTest;

/** No user task of any model can be completed without its fields checked and recorded. */
@JueceTest
class TaskRulesCoverageTest {

    @Autowired
    TaskRules rules;

    @Test
    void everyUserTaskOfEveryModelHasItsRule() throws IOException {
        List<String> userTasks;
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            userTasks = models.filter(path -> path.toString().endsWith(".bpmn"))
                    .flatMap(path -> Bpmn.readModelFromFile(path.toFile()).getModelElementsByType(UserTask.class)
                            .stream().map(UserTask::getId))
                    .toList();
        }
        assertThat(userTasks).hasSizeGreaterThan(20);
        assertThat(userTasks).allSatisfy(id -> assertThat(rules.forTask(id)).as("rule for %s", id).isPresent());
    }
}

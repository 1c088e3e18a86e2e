package cn.juece.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** formKey = template path: every user task of every model has its form in forms/. */
class TaskFormTemplatesTest {

    @Test
    void everyFormKeyHasItsTemplate() throws IOException {
        List<String> formKeys;
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            formKeys = models.filter(path -> path.toString().endsWith(".bpmn"))
                    .flatMap(path -> Bpmn.readModelFromFile(path.toFile()).getModelElementsByType(UserTask.class)
                            .stream().map(UserTask::getCamundaFormKey))
                    .toList();
        }
        assertThat(formKeys).hasSizeGreaterThan(20);
        assertThat(formKeys).allSatisfy(key ->
                assertThat(Path.of("forms", key + ".ftlh")).as("template of %s", key).isRegularFile());
    }
}

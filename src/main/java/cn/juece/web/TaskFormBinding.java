package cn.juece.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.juece.procedure.FieldType;
import cn.juece.procedure.FormField;

/**
 * Turns a posted task form into the values the engine rules read: one entry per declared
 * field, checkbox lists joined with commas, and the item-by-item opinion answers of a
 * revision as the JSON list the rule expects. Anything not declared is dropped.
 */
final class TaskFormBinding {

    static final String ADOPTIONS = "opinionAdoptions";

    private TaskFormBinding() {
    }

    static Map<String, Object> bind(List<FormField> fields, MultiValueMap<String, String> params, ObjectMapper json) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : fields) {
            if (ADOPTIONS.equals(field.name())) {
                String answers = adoptions(params, json);
                if (answers != null) {
                    values.put(field.name(), answers);
                }
                continue;
            }
            List<String> posted = params.get(field.name());
            if (posted == null || posted.isEmpty()) {
                continue;
            }
            values.put(field.name(), field.type() == FieldType.USER_LIST
                    ? String.join(",", posted) : posted.get(0));
        }
        return values;
    }

    /** {@code adopt.comment:12=true|false} and {@code reason.comment:12=...} become one answer each. */
    private static String adoptions(MultiValueMap<String, String> params, ObjectMapper json) {
        List<Map<String, Object>> answers = params.keySet().stream().filter(key -> key.startsWith("adopt."))
                .sorted()
                .map(key -> {
                    String ref = key.substring("adopt.".length());
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("ref", ref);
                    answer.put("adopted", "true".equals(params.getFirst(key)));
                    String reason = params.getFirst("reason." + ref);
                    if (reason != null && !reason.isBlank()) {
                        answer.put("reason", reason.strip());
                    }
                    return answer;
                }).toList();
        if (answers.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

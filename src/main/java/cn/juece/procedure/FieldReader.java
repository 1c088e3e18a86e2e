package cn.juece.procedure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.juece.procedure.ProcedureViolation.FieldError;

/** Reads a task's declared fields from submitted variables, typed, with Chinese errors. */
final class FieldReader {

    private static final DateTimeFormatter REST_DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS][XXX][XX][X]");

    /** No decision's date lies outside these years; year 0 or 9999 is a typing slip. */
    private static final int EARLIEST_YEAR = 1900;
    private static final int LATEST_YEAR = 2199;

    private FieldReader() {
    }

    static TaskInput read(TaskRule rule, org.camunda.bpm.engine.delegate.DelegateTask task,
                          Function<String, Object> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (FormField field : rule.fields()) {
            Object raw = variables.apply(field.name());
            if (isBlank(raw)) {
                if (field.required()) {
                    errors.add(new FieldError(field.name(), "请填写「" + field.label() + "」"));
                }
                continue;
            }
            try {
                values.put(field.name(), convert(field, raw));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field.name(), "「" + field.label() + "」" + e.getMessage()));
            }
        }
        TaskInput input = new TaskInput(task, values);
        errors.forEach(error -> input.reject(error.field(), error.message()));
        return input;
    }

    private static boolean isBlank(Object raw) {
        return raw == null || (raw instanceof String s && s.isBlank());
    }

    private static Object convert(FormField field, Object raw) {
        return switch (field.type()) {
            case TEXT -> limited(field, text(raw).strip());
            case BOOLEAN -> toBoolean(raw);
            case DATE -> toDate(raw);
            case INTEGER -> toInteger(raw);
            case CHOICE -> toChoice(field, raw.toString().strip());
            case USER -> limited(field, raw.toString().strip());
            case USER_LIST -> toUserList(field, raw.toString());
        };
    }

    /** A text field takes text: 12345 or true sent typed through the engine API is not a draft. */
    private static String text(Object raw) {
        if (!(raw instanceof CharSequence text)) {
            throw new IllegalArgumentException("应为文本");
        }
        return text.toString();
    }

    private static String limited(FormField field, String text) {
        if (text.length() > field.maxLength()) {
            throw new IllegalArgumentException("不能超过 " + field.maxLength() + " 个字符");
        }
        if (hasControlCharacter(text)) {
            throw new IllegalArgumentException("含有不可见的控制字符，请删除");
        }
        return text;
    }

    /** NUL and the like: never typed by a person, and a NUL cannot be stored in PostgreSQL text. */
    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f);
    }

    private static Boolean toBoolean(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        return switch (raw.toString().strip().toLowerCase()) {
            case "true", "是", "on", "yes" -> true;
            case "false", "否", "off", "no" -> false;
            default -> throw new IllegalArgumentException("应为“是”或“否”");
        };
    }

    private static LocalDate toDate(Object raw) {
        LocalDate date = parseDate(raw);
        if (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR) {
            throw new IllegalArgumentException("不是有效日期（" + EARLIEST_YEAR + " 至 " + LATEST_YEAR + " 年之间）");
        }
        return date;
    }

    private static LocalDate parseDate(Object raw) {
        if (raw instanceof Date date) {
            return ShanghaiTime.toLocalDate(date);
        }
        String text = raw.toString().strip();
        try {
            if (text.length() <= 10) {
                return LocalDate.parse(text);
            }
            // a moment with its offset (engine REST sends 2026-03-01T20:00:00.000+0000): its Beijing date
            return OffsetDateTime.parse(text, REST_DATE_TIME).atZoneSameInstant(ShanghaiTime.ZONE).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("不是有效日期（格式：2026-01-31）");
        }
    }

    private static Integer toInteger(Object raw) {
        if (raw instanceof Number n && n.doubleValue() == n.intValue()) {
            return n.intValue();
        }
        try {
            return Integer.valueOf(raw.toString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("应为整数");
        }
    }

    private static String toChoice(FormField field, String code) {
        if (!field.choices().containsKey(code)) {
            throw new IllegalArgumentException("应为以下之一：" + String.join("、", field.choices().values()));
        }
        return code;
    }

    private static List<String> toUserList(FormField field, String text) {
        limited(field, text);
        List<String> ids = Arrays.stream(text.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
        if (ids.size() != ids.stream().distinct().count()) {
            throw new IllegalArgumentException("中有重复人员");
        }
        return ids;
    }
}

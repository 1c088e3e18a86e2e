package cn.juece.procedure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A field a user task takes, with its Chinese label. Fields are the only task data the
 * rules read and the dossier records.
 */
public record FormField(String name, String label, FieldType type, boolean required,
                        int maxLength, Map<String, String> choices) {

    /**
     * Camunda keeps a text variable in a varchar(4000) column (TEXT_ of its variable and history
     * tables): a longer one failed as a server error when the step was saved. A longer draft goes
     * in the attached file, its summary in the field.
     */
    static final int DEFAULT_MAX_TEXT = 4_000;

    public static FormField text(String name, String label) {
        return new FormField(name, label, FieldType.TEXT, true, DEFAULT_MAX_TEXT, Map.of());
    }

    public static FormField bool(String name, String label) {
        return new FormField(name, label, FieldType.BOOLEAN, true, 0, Map.of());
    }

    public static FormField date(String name, String label) {
        return new FormField(name, label, FieldType.DATE, true, 0, Map.of());
    }

    public static FormField integer(String name, String label) {
        return new FormField(name, label, FieldType.INTEGER, true, 0, Map.of());
    }

    public static FormField user(String name, String label) {
        return new FormField(name, label, FieldType.USER, true, 64, Map.of());
    }

    public static FormField users(String name, String label) {
        return new FormField(name, label, FieldType.USER_LIST, true, 2_000, Map.of());
    }

    /** A choice among codes; {@code codesAndLabels} alternates code, Chinese label. */
    public static FormField choice(String name, String label, String... codesAndLabels) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (int i = 0; i + 1 < codesAndLabels.length; i += 2) {
            choices.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return new FormField(name, label, FieldType.CHOICE, true, 64,
                Collections.unmodifiableMap(choices));
    }

    public FormField optional() {
        return new FormField(name, label, type, false, maxLength, choices);
    }

    public FormField maxLength(int length) {
        return new FormField(name, label, type, required, length, choices);
    }
}

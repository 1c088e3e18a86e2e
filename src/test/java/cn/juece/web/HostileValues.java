package cn.juece.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The malformed and hostile values a field of each kind is tried with. Each variant changes
 * one field of a form that is otherwise valid, so accepting it would change something; values
 * that are lawful text (script or SQL-looking words) are sent with another required field
 * left out, so they must come back in a refused form, unharmed.
 */
final class HostileValues {

    static final String HUGE = "字".repeat(300_000);
    static final String CONTROL = "草案\u0000正文\u0007\u001b[31m";
    static final String SCRIPT = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
    static final String SQL = "'; DROP TABLE decision; --";

    enum Kind {
        /** Free text that must be filled in. */
        TEXT,
        /** Free text that may be left out. */
        OPTIONAL_TEXT,
        /** A whole number or the id of one of our objects. */
        NUMBER,
        /** A date (2026-01-31) that must lie ahead. */
        FUTURE_DATE,
        /** A date (2026-01-31) that must not lie ahead. */
        PAST_DATE,
        /** A date that must be given, any day. */
        DATE,
        /** A yes/no the form needs. */
        BOOLEAN,
        /** One of a list of codes. */
        CHOICE,
        /** A user id. */
        USER
    }

    record Field(String name, Kind kind, boolean required, String otherUnitsValue) {

        static Field of(String name, Kind kind) {
            return new Field(name, kind, kind != Kind.OPTIONAL_TEXT, null);
        }

        Field optional() {
            return new Field(name, kind, false, otherUnitsValue);
        }

        Field otherUnits(String value) {
            return new Field(name, kind, required, value);
        }
    }

    private HostileValues() {
    }

    /** Variant name to the field's value; null means the field is left out. */
    static Map<String, List<String>> of(Field field) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (field.required()) {
            values.put("missing", null);
            values.put("empty", List.of(""));
            values.put("whitespace", List.of("  \t \u3000 "));
            values.put("repeated-empty", List.of("", " "));
        }
        values.put("huge", List.of(HUGE));
        values.put("control-characters", List.of(CONTROL));
        switch (field.kind()) {
            case NUMBER -> {
                values.put("letters", List.of("abc"));
                values.put("negative", List.of("-1"));
                values.put("decimal", List.of("1.5"));
                values.put("beyond-long", List.of("99999999999999999999999"));
                values.put("no-such-object", List.of("987654321"));
            }
            case FUTURE_DATE, PAST_DATE, DATE -> {
                values.put("letters", List.of("明天"));
                values.put("malformed", List.of("2026-13-45"));
                values.put("slashes", List.of("31/01/2026"));
                values.put("year-0", List.of("0000-01-01"));
                if (field.kind() == Kind.FUTURE_DATE) {
                    values.put("in-the-past", List.of("2000-01-01"));
                }
                if (field.kind() == Kind.PAST_DATE) {
                    values.put("in-the-future", List.of("2099-01-01"));
                }
            }
            case BOOLEAN -> values.put("not-a-boolean", List.of("maybe"));
            case CHOICE -> {
                values.put("no-such-choice", List.of("NO_SUCH_CHOICE"));
                values.put("lower-case", List.of("lawful"));
            }
            case USER -> values.put("no-such-user", List.of("nobody-" + "x".repeat(10)));
            default -> {
            }
        }
        if (field.otherUnitsValue() != null) {
            values.put("other-units", List.of(field.otherUnitsValue()));
        }
        return values;
    }

    /** Lawful but hostile-looking text, to be sent in a form refused for another reason. */
    static List<String> lawfulButHostile() {
        List<String> texts = new ArrayList<>();
        texts.add(SCRIPT);
        texts.add(SQL);
        texts.add("${7*7}<#assign x=1>");
        return texts;
    }
}

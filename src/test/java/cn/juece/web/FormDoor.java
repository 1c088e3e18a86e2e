package cn.juece.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.juece.web.HostileValues.Field;

/**
 * A door that takes input, with who may use it, a valid post to it, and the fields and path
 * ids its hostile cases vary. {@code mapping} is Spring MVC's pattern (method and path), which
 * ties the door to the handler mapping for the completeness check.
 */
record FormDoor(String mapping, String person, String path, Map<String, List<String>> valid, List<Field> fields,
                Map<String, String> badPaths) {

    static FormDoor post(String pattern, String person, String path) {
        return new FormDoor("POST " + pattern, person, path, new LinkedHashMap<>(), new ArrayList<>(),
                new LinkedHashMap<>());
    }

    static FormDoor get(String pattern, String person, String path) {
        return new FormDoor("GET " + pattern, person, path, new LinkedHashMap<>(), new ArrayList<>(),
                new LinkedHashMap<>());
    }

    FormDoor field(Field field, String validValue) {
        fields.add(field);
        if (validValue != null) {
            valid.put(field.name(), List.of(validValue));
        }
        return this;
    }

    FormDoor fixed(String name, String value) {
        valid.put(name, List.of(value));
        return this;
    }

    /** The same post to another path: an id that names nothing, letters, another unit's object. */
    FormDoor badPath(String variant, String path) {
        badPaths.put(variant, path);
        return this;
    }

    /** Whether the valid form, posted as it is, must be accepted (its path names an object it may act on). */
    boolean acceptsItsBase() {
        return !path.contains("987654321") && !path.contains("no-such") && !mapping.contains("/claim")
                && !mapping.contains("/unclaim") && !path.contains("/abc");
    }

    boolean isGet() {
        return mapping.startsWith("GET ");
    }

    /** One hostile request: the door, a name for what was changed, its path and params. */
    record Case(FormDoor door, String variant, String path, Map<String, List<String>> params) {

        @Override
        public String toString() {
            return door.mapping + " as " + door.person + ": " + variant;
        }
    }

    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Field field : fields) {
            HostileValues.of(field).forEach((variant, value) -> {
                Map<String, List<String>> params = new LinkedHashMap<>(valid);
                if (value == null) {
                    params.remove(field.name());
                } else {
                    params.put(field.name(), value);
                }
                cases.add(new Case(this, field.name() + " " + variant, path, params));
            });
            fields.stream().filter(other -> other != field && other.required()).findFirst().ifPresent(spoiler -> {
                List<String> texts = HostileValues.lawfulButHostile();
                for (int i = 0; i < texts.size(); i++) {
                    Map<String, List<String>> params = new LinkedHashMap<>(valid);
                    params.put(field.name(), List.of(texts.get(i)));
                    params.remove(spoiler.name());
                    cases.add(new Case(this, field.name() + " hostile text " + (i + 1) + " without " + spoiler.name(),
                            path, params));
                }
            });
        }
        badPaths.forEach((variant, badPath) -> cases.add(new Case(this, "path " + variant, badPath, valid)));
        return cases;
    }
}

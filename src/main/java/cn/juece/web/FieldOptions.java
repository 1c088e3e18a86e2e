package cn.juece.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.juece.security.Directory;
import cn.juece.security.Groups;

/** The people or units a form field may name, so forms offer a choice instead of a blank box. */
@Component
class FieldOptions {

    private static final Map<String, String> PEOPLE_BY_FIELD = Map.of(
            "expertIds", Groups.EXPERT,
            "riskAssessor", Groups.ASSESSOR,
            "postEvaluator", Groups.ASSESSOR,
            "presentMemberIds", Groups.MEMBER,
            "meetingHead", Groups.HEAD);
    private static final List<String> UNIT_FIELDS = List.of("sponsorUnit", "executionUnit");

    private final Directory directory;

    FieldOptions(Directory directory) {
        this.directory = directory;
    }

    /** Options for the field, or an empty list when it is free text. */
    List<FieldOption> forField(String field) {
        if (UNIT_FIELDS.contains(field)) {
            return directory.units().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(unit -> new FieldOption(unit.getKey(), unit.getValue())).toList();
        }
        String group = PEOPLE_BY_FIELD.get(field);
        if (group == null) {
            return List.of();
        }
        return directory.people().stream().filter(person -> person.groups().contains(group))
                .map(person -> new FieldOption(person.id(), person.name())).toList();
    }
}

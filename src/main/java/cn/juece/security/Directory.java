package cn.juece.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who works in Juece: units (决策承办单位 and other organs' departments) and people with the
 * groups they act in. Groups are role groups ({@code head}, {@code reviewer}, ...) and unit
 * groups ({@code unit-edu}, ...); they are Spring authorities and Camunda groups alike.
 */
@ConfigurationProperties("juece.directory")
public record Directory(Map<String, String> units, Map<String, String> leaders, List<Person> people) {

    public Directory {
        units = units == null ? Map.of() : Map.copyOf(units);
        leaders = leaders == null ? Map.of() : Map.copyOf(leaders);
        people = people == null ? List.of() : List.copyOf(people);
    }

    /** The leader of a unit (its 负责人), told when the unit's work is overdue. */
    public Optional<String> leaderOf(String unit) {
        return Optional.ofNullable(leaders.get(unit));
    }

    /** The unit groups a person belongs to. */
    public List<String> unitsOf(String userId) {
        return person(userId).map(p -> p.groups().stream().filter(this::isUnit).toList()).orElse(List.of());
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public boolean isInGroup(String userId, String group) {
        return person(userId).map(p -> p.groups().contains(group)).orElse(false);
    }

    public List<Person> members(String group) {
        return people.stream().filter(p -> p.groups().contains(group)).toList();
    }

    public boolean isUnit(String group) {
        return units.containsKey(group);
    }

    public String unitName(String group) {
        return units.getOrDefault(group, group);
    }

    public String displayName(String userId) {
        return person(userId).map(Person::name).orElse(userId);
    }

    /** One user: login id, Chinese name, groups, and the e-mail address notices go to (may be blank). */
    public record Person(String id, String name, List<String> groups, String email) {

        public Person {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }
}

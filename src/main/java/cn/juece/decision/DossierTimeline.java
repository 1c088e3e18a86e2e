package cn.juece.decision;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.juece.dossier.Dossier;
import cn.juece.dossier.DossierEntry;
import cn.juece.dossier.EntryKind;
import cn.juece.procedure.FormField;
import cn.juece.procedure.ShanghaiTime;
import cn.juece.procedure.TaskRule;
import cn.juece.procedure.TaskRules;
import cn.juece.security.Directory;

/**
 * The dossier as people read it: every entry in order, its time in Beijing time, the actor's
 * name, and its content under the Chinese labels of the task's fields, with 是/否 for yes/no,
 * choice labels for codes, names for user ids and one line per answered opinion.
 */
@Component
public class DossierTimeline {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ShanghaiTime.ZONE);

    /** What the proposal and the archive record; task entries are labelled by their task's fields. */
    private static final Map<String, String> EVENT_LABELS = labels(
            "reference", "决策编号", "catalogueItem", "目录事项", "title", "决策事项名称",
            "problem", "拟解决的问题", "reasons", "决策理由", "legalBasis", "法律和政策依据",
            "preliminaryPlan", "初步方案", "exploratoryReform", "探索性改革事项", "previousDecisionId", "所调整的原决策",
            "finalStatusLabel", "最终状态", "entriesBefore", "归档前案卷记录数",
            "reason", "理由", "fromName", "原办理人", "toName", "转交给", "holders", "催办对象");
    /** Codes kept for machines; their labels are shown instead (the notice as the entry's note). */
    private static final Set<String> SHOWN_OTHERWISE = Set.of("finalStatus", "noticeKind", "label");

    private final Dossier dossier;
    private final DecisionRepository decisions;
    private final TaskRules rules;
    private final Directory directory;
    private final ObjectMapper json;

    DossierTimeline(Dossier dossier, DecisionRepository decisions, TaskRules rules, Directory directory,
                    ObjectMapper json) {
        this.dossier = dossier;
        this.decisions = decisions;
        this.rules = rules;
        this.directory = directory;
        this.json = json;
    }

    /**
     * Every entry of the decision's dossier; an entry of an activity the reader may not read
     * keeps its step, actor and time and loses its content, which is not even read.
     */
    public List<Entry> of(long decisionId, Predicate<String> withheldActivity) {
        List<DossierEntry> entries = dossier.entries(decisionId);
        Map<Long, DossierEntry> byId = entries.stream()
                .collect(Collectors.toMap(DossierEntry::id, Function.identity()));
        return entries.stream()
                .map(entry -> withheldActivity.test(entry.activityId()) ? withheld(entry) : entry(entry, byId))
                .toList();
    }

    private Entry withheld(DossierEntry entry) {
        return new Entry(entry.id(), TIME.format(entry.recordedAt()), entry.activityName(), actor(entry.actor()),
                entry.kind().name(), null, false, List.of(), true);
    }

    private Entry entry(DossierEntry entry, Map<Long, DossierEntry> byId) {
        Map<String, Object> content = dossier.content(entry);
        List<Item> items = new ArrayList<>();
        Set<String> done = new HashSet<>(SHOWN_OTHERWISE);
        for (FormField field : rules.forTask(entry.activityId()).map(TaskRule::fields).orElse(List.of())) {
            if (content.containsKey(field.name()) && done.add(field.name())) {
                items.add(item(field, content.get(field.name()), byId));
            }
        }
        EVENT_LABELS.forEach((key, label) -> {
            if (content.containsKey(key) && done.add(key)) {
                items.add(new Item(label, eventValue(key, content.get(key)), List.of()));
            }
        });
        content.forEach((key, value) -> {
            if (done.add(key)) {
                items.add(new Item(key, plain(value), List.of()));
            }
        });
        boolean notice = entry.kind() == EntryKind.DEADLINE_NOTICE || entry.kind() == EntryKind.URGED
                || entry.kind() == EntryKind.TRANSFERRED;
        return new Entry(entry.id(), TIME.format(entry.recordedAt()), entry.activityName(), actor(entry.actor()),
                entry.kind().name(), notice ? plain(content.getOrDefault("label", "期限提醒")) : null,
                notice && "OVERDUE".equals(content.get("noticeKind")), items, false);
    }

    private String eventValue(String key, Object value) {
        if ("previousDecisionId".equals(key) && value instanceof Number id) {
            return decisions.find(id.longValue()).map(d -> d.reference() + " " + d.title()).orElse(plain(value));
        }
        return plain(value);
    }

    private Item item(FormField field, Object value, Map<Long, DossierEntry> byId) {
        String label = field.label();
        return switch (field.type()) {
            case CHOICE -> new Item(label, field.choices().getOrDefault(plain(value), plain(value)), List.of());
            case USER -> new Item(label, directory.displayName(plain(value)), List.of());
            case USER_LIST -> new Item(label,
                    String.join("、", ids(value).stream().map(directory::displayName).toList()), List.of());
            case TEXT -> listOfRecords(value)
                    .map(list -> list.isEmpty() ? new Item(label, "无", List.of())
                            : new Item(label, null, list.stream().map(r -> line(r, byId)).toList()))
                    .orElseGet(() -> new Item(label, unitOrText(plain(value)), List.of()));
            default -> new Item(label, plain(value), List.of());
        };
    }

    /** A JSON list field such as opinionAdoptions: {@code [{"ref": "comment:12", "adopted": true}, ...]}. */
    private Optional<List<Map<String, Object>>> listOfRecords(Object value) {
        if (!(value instanceof String text) || !text.strip().startsWith("[")) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(text, json.getTypeFactory().constructCollectionType(List.class,
                    json.getTypeFactory().constructMapType(Map.class, String.class, Object.class))));
        } catch (JsonProcessingException notAList) {
            return Optional.empty();
        }
    }

    private String line(Map<String, Object> record, Map<Long, DossierEntry> byId) {
        if (!record.containsKey("ref")) {
            return record.entrySet().stream().map(e -> e.getKey() + "：" + plain(e.getValue()))
                    .collect(Collectors.joining("；"));
        }
        String answer = Boolean.TRUE.equals(record.get("adopted")) ? "采纳" : "不采纳";
        Object reason = record.get("reason");
        return opinion(plain(record.get("ref")), byId) + "：" + answer
                + (reason == null || plain(reason).isBlank() ? "" : "（理由：" + plain(reason) + "）");
    }

    private String opinion(String ref, Map<Long, DossierEntry> byId) {
        String[] parts = ref.split(":", 2);
        if (parts.length == 2 && "comment".equals(parts[0])) {
            return "公众意见第 " + parts[1] + " 号";
        }
        if (parts.length == 2 && "expert".equals(parts[0])) {
            DossierEntry opinion = parts[1].matches("\\d+") ? byId.get(Long.valueOf(parts[1])) : null;
            return opinion == null ? "专家意见 " + parts[1] : "专家意见（" + actor(opinion.actor()) + "）";
        }
        return ref;
    }

    /** Units are named in fields as their group id (sponsorUnit, executionUnit); people read the unit's name. */
    private String unitOrText(String text) {
        return directory.isUnit(text) ? directory.unitName(text) : text;
    }

    private String actor(String userId) {
        return userId == null || "system".equals(userId) ? "系统" : directory.displayName(userId);
    }

    private static List<String> ids(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return Arrays.stream(plain(value).split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
    }

    private static String plain(Object value) {
        if (value instanceof Boolean yes) {
            return yes ? "是" : "否";
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(DossierTimeline::plain).collect(Collectors.joining("、"));
        }
        return value == null ? "" : value.toString();
    }

    private static Map<String, String> labels(String... keysAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndLabels.length; i += 2) {
            labels.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return labels;
    }

    /**
     * One dossier entry, ready to show; {@code notice} is set for deadline warnings and
     * escalations, {@code withheld} when its content is not the reader's to read.
     */
    public record Entry(long id, String time, String activity, String actor, String kind, String notice,
                        boolean overdue, List<Item> items, boolean withheld) {
    }

    /** A label with its value, or with one line per record for list fields. */
    public record Item(String label, String value, List<String> lines) {
    }
}

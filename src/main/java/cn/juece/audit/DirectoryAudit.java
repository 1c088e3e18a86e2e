package cn.juece.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.juece.security.Directory;

/**
 * Permissions change outside the running application: in {@code juece.directory} between
 * starts, or in Camunda's memberships through Camunda Admin. At each start, after the
 * directory is mirrored into Camunda, each person's groups in both are compared with the
 * last audited state and any difference is appended, people removed from the directory too.
 */
@Component
@Order(2)
class DirectoryAudit implements ApplicationRunner {

    static final String SYSTEM = "system";

    private final AuditTrail trail;
    private final Directory directory;
    private final IdentityService identity;

    DirectoryAudit(AuditTrail trail, Directory directory, IdentityService identity) {
        this.trail = trail;
        this.directory = directory;
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<String> present = new TreeSet<>();
        for (Directory.Person person : directory.people()) {
            present.add(subject(person.id()));
            record(person.id(), new TreeSet<>(person.groups()));
        }
        for (String gone : trail.subjects(AuditKind.PERMISSION_CHANGED)) {
            if (!present.contains(gone)) {
                record(gone.substring("user:".length()), Set.of());
            }
        }
    }

    private void record(String userId, Set<String> groups) {
        Map<String, Object> state = new TreeMap<>();
        state.put("user", userId);
        state.put("groups", new ArrayList<>(groups));
        state.put("camundaGroups", identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toCollection(TreeSet::new)).stream().toList());
        Map<String, Object> last = trail.latest(AuditKind.PERMISSION_CHANGED, subject(userId))
                .map(entry -> Canonical.parse(entry.payload())).orElse(Map.of());
        if (state.get("groups").equals(last.get("groups")) && state.get("camundaGroups").equals(last.get("camundaGroups"))) {
            return;
        }
        state.put("previousGroups", last.getOrDefault("groups", List.of()));
        state.put("previousCamundaGroups", last.getOrDefault("camundaGroups", List.of()));
        trail.append(AuditKind.PERMISSION_CHANGED, SYSTEM, subject(userId), state);
    }

    private static String subject(String userId) {
        return "user:" + userId;
    }
}

package cn.juece.security;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Mirrors the directory into Camunda's identity tables so Tasklist and Cockpit resolve
 * candidate groups and names. Spring stays the authority for passwords: Camunda users get
 * an unusable random one.
 */
@Component
@Order(1)
class CamundaIdentitySync implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CamundaIdentitySync.class);

    private final IdentityService identity;
    private final Directory directory;
    CamundaIdentitySync(IdentityService identity, Directory directory) {
        this.identity = identity;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<String> groups = new LinkedHashSet<>(Groups.ROLE_NAMES.keySet());
        groups.addAll(directory.units().keySet());
        groups.forEach(this::ensureGroup);
        for (Directory.Person person : directory.people()) {
            if (identity.createUserQuery().userId(person.id()).count() == 0) {
                User user = identity.newUser(person.id());
                user.setFirstName(person.name());
                user.setLastName("");
                user.setPassword(UUID.randomUUID().toString());
                identity.saveUser(user);
            }
            for (String group : person.groups()) {
                if (identity.createUserQuery().userId(person.id()).memberOfGroup(group).count() == 0) {
                    identity.createMembership(person.id(), group);
                }
            }
        }
        log.info("用户: {}", String.join(", ", directory.people().stream()
                .map(p -> p.id() + "(" + p.name() + ")").toList()));
    }

    private void ensureGroup(String id) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(Groups.ROLE_NAMES.getOrDefault(id, directory.unitName(id)));
            group.setType(Groups.ROLE_NAMES.containsKey(id) ? "WORKFLOW" : "UNIT");
            identity.saveGroup(group);
        }
    }
}

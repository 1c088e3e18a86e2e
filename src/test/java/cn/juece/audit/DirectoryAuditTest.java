package cn.juece.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.JueceTest;
import cn.juece.security.Directory;

/** A person's groups changed between starts, in the directory or in Camunda, is appended once. */
@JueceTest
class DirectoryAuditTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    IdentityService identity;
    @Autowired
    Directory directory;

    @Test
    void everyoneInTheDirectoryHasTheirGroupsOnRecordFromTheFirstStart() {
        assertThat(trail.latest(AuditKind.PERMISSION_CHANGED, "user:head1")).hasValueSatisfying(link ->
                assertThat(Canonical.parse(link.payload())).containsEntry("groups", List.of("head")));
    }

    @Test
    void aChangeOfGroupsBetweenStartsIsAppendedAndAnUnchangedStartAppendsNothing() {
        String user = "audit-probe";
        start(List.of(new Directory.Person(user, "审计探针", List.of("expert"), null)));
        start(List.of(new Directory.Person(user, "审计探针", List.of("expert"), null)));
        assertThat(trail.about("user:" + user)).hasSize(1);

        start(List.of(new Directory.Person(user, "审计探针", List.of("expert", "reviewer"), null)));
        Map<String, Object> change = Canonical.parse(trail.about("user:" + user).get(1).payload());
        assertThat(change).containsEntry("groups", List.of("expert", "reviewer"))
                .containsEntry("previousGroups", List.of("expert"));

        start(List.of());
        assertThat(Canonical.parse(trail.about("user:" + user).get(2).payload()))
                .containsEntry("groups", List.of()).containsEntry("previousGroups", List.of("expert", "reviewer"));
    }

    @Test
    void aMembershipAddedInCamundaIsAppendedAtTheNextStart() {
        String user = "audit-camunda-probe";
        List<Directory.Person> people = List.of(new Directory.Person(user, "审计探针", List.of(), null));
        start(people);
        identity.saveUser(identity.newUser(user));
        identity.createMembership(user, "admin");
        try {
            start(people);
            assertThat(Canonical.parse(trail.about("user:" + user).get(1).payload()))
                    .containsEntry("camundaGroups", List.of("admin")).containsEntry("groups", List.of());
        } finally {
            identity.deleteUser(user);
        }
    }

    /** A start with the configured people and these: the others stay as they are on record. */
    private void start(List<Directory.Person> people) {
        List<Directory.Person> everyone = new ArrayList<>(directory.people());
        everyone.addAll(people);
        new DirectoryAudit(trail, new Directory(directory.units(), directory.leaders(), everyone), identity).run(null);
    }
}

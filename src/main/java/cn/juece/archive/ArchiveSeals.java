package cn.juece.archive;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.juece.decision.Decision;
import cn.juece.security.Groups;

/**
 * The seals of archived dossiers. A seal is written once, when the procedure ends; from then
 * on the dossier takes no more records or files ({@code dossier.ClosedDossiers}).
 */
@Component
public class ArchiveSeals {

    /**
     * The sealed archive is the complete record, members' opinions at the meeting included,
     * which {@code MeetingDisclosure} hides from the sponsoring unit, experts, assessors and
     * reviewers; so only the office that keeps the records, supervisors and the administrator
     * take it away.
     */
    private static final Set<String> MAY_EXPORT = Set.of(Groups.OFFICE, Groups.SUPERVISOR, Groups.ADMIN);

    private final JdbcTemplate jdbc;
    private final Manifests manifests;
    private final ApplicationEventPublisher events;

    ArchiveSeals(JdbcTemplate jdbc, Manifests manifests, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.manifests = manifests;
        this.events = events;
    }

    public static boolean mayExport(Collection<String> groups) {
        return groups.stream().anyMatch(MAY_EXPORT::contains);
    }

    /** Seals the dossier as it stands; call in the archiving transaction, after its last record. */
    ArchiveSeal seal(Decision decision) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        String manifest = new String(manifests.json(manifests.of(decision, now)), StandardCharsets.UTF_8);
        String hash = Manifests.sha256(manifest.getBytes(StandardCharsets.UTF_8));
        jdbc.update("""
                insert into archive_seal (decision_id, sealed_at, manifest, manifest_sha256) values (?, ?, ?, ?)""",
                decision.id(), Timestamp.from(now), manifest, hash);
        events.publishEvent(new DossierSealed(decision.id(), now, hash));
        return new ArchiveSeal(decision.id(), now, manifest, hash);
    }

    public Optional<ArchiveSeal> find(long decisionId) {
        return jdbc.query("select * from archive_seal where decision_id = ?",
                (rs, row) -> new ArchiveSeal(rs.getLong("decision_id"), rs.getTimestamp("sealed_at").toInstant(),
                        rs.getString("manifest"), rs.getString("manifest_sha256")), decisionId)
                .stream().findFirst();
    }
}

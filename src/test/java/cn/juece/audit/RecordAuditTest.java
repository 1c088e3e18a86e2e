package cn.juece.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.juece.archive.ArchiveSeals;
import cn.juece.catalogue.CatalogueFixture;
import cn.juece.decision.Decision;
import cn.juece.procedure.ProcedureTestBase;

/** Catalogue changes and dossier seals join the audit chain with the change that makes them. */
class RecordAuditTest extends ProcedureTestBase {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    CatalogueFixture catalogues;
    @Autowired
    ArchiveSeals seals;

    @Test
    void everyCatalogueChangeIsAppendedWithWhoMadeIt() {
        long catalogue = catalogues.draft();
        long item = catalogues.item(catalogue, "城区停车收费标准调整", "unit-transport");
        catalogues.publish(catalogue);

        List<AuditEntry> links = trail.about(RecordAudit.catalogue(catalogue));
        assertThat(links).extracting(AuditEntry::kind).containsOnly(AuditKind.CATALOGUE_CHANGED.name());
        assertThat(links).extracting(AuditEntry::actor).containsOnly(CatalogueFixture.OFFICE);
        assertThat(links).extracting(link -> Canonical.parse(link.payload()).get("change"))
                .containsExactly("DRAFT_CREATED", "ITEM_ADDED", "CONSENT_RECORDED", "PUBLISHED");
        assertThat(((Number) Canonical.parse(links.get(1).payload()).get("itemId")).longValue()).isEqualTo(item);
        assertThat(verifier.verifyChain().intact()).isTrue();
    }

    @Test
    void aDossierSealIsAppendedWithTheManifestHash() {
        Decision decision = driver.propose("PUBLIC_POLICY", false);
        driver.complete(decision, "Task_DecideInitiation", "head1",
                driver.form("Task_DecideInitiation", "initiationApproved", false, "sponsorUnit", null));

        String sealed = seals.find(decision.id()).orElseThrow().manifestSha256();
        assertThat(trail.about(DossierAudit.subject(decision.id())))
                .filteredOn(link -> link.kind().equals(AuditKind.ARCHIVE_SEALED.name()))
                .singleElement().satisfies(link -> assertThat(Canonical.parse(link.payload()))
                        .containsEntry("manifestSha256", sealed));
    }
}

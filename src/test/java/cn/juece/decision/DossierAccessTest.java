package cn.juece.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A sponsoring unit sees its own decisions only; every other role sees them all. */
class DossierAccessTest {

    private static final List<String> WATER = List.of("sponsor", "unit-water");
    private static final List<String> EDU = List.of("sponsor", "unit-edu");

    @Test
    void sponsoringUnitSeesOnlyTheDecisionsItWasNamedToSponsor() {
        assertThat(DossierAccess.allows("edu2", EDU, "edu1", Optional.of("unit-edu"))).isTrue();
        assertThat(DossierAccess.allows("water1", WATER, "edu1", Optional.of("unit-edu"))).isFalse();
    }

    @Test
    void proposerSeesTheDecisionBeforeAnySponsorIsNamed() {
        assertThat(DossierAccess.allows("edu1", EDU, "edu1", Optional.empty())).isTrue();
        assertThat(DossierAccess.allows("edu2", EDU, "edu1", Optional.empty())).isFalse();
    }

    @Test
    void everyOtherRoleSeesEveryDecision() {
        for (List<String> groups : List.of(List.of("head"), List.of("office", "unit-office"),
                List.of("reviewer", "unit-justice"), List.of("supervisor"), List.of("member"))) {
            assertThat(DossierAccess.allows("someone", groups, "edu1", Optional.of("unit-edu")))
                    .as("%s", groups).isTrue();
        }
    }

    @Test
    void sponsorActingAlsoInAnotherRoleIsNotLimitedToItsUnit() {
        assertThat(DossierAccess.allows("water9", List.of("sponsor", "unit-water", "office"), "edu1",
                Optional.of("unit-edu"))).isTrue();
    }
}

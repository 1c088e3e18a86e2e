package cn.juece.decision;

import java.util.Collection;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.juece.dossier.Dossier;
import cn.juece.security.Groups;

/**
 * Who may open a decision's dossier. Everyone signed in may, except a sponsoring unit acting
 * in no other role: it sees only what its user proposed or its unit was named to sponsor, so
 * one unit does not read another's unfinished drafts.
 */
@Component
public class DossierAccess {

    static final String INITIATION_TASK = "Task_DecideInitiation";
    static final String SPONSOR_UNIT = "sponsorUnit";

    private final Dossier dossier;

    DossierAccess(Dossier dossier) {
        this.dossier = dossier;
    }

    public boolean maySee(String userId, Collection<String> groups, Decision decision) {
        if (!actsOnlyAsSponsor(groups)) {
            return true;
        }
        return allows(userId, groups, decision.proposer(), sponsorUnit(decision));
    }

    /**
     * The unit group named at initiation, as the dossier recorded it; empty before. A normative
     * document has no initiation step: its unit is the proposer's, recorded with the proposal.
     */
    public Optional<String> sponsorUnit(Decision decision) {
        return dossier.latest(decision.id(), INITIATION_TASK)
                .or(() -> dossier.latest(decision.id(), DecisionWorkflow.NORMATIVE_PROPOSAL_EVENT))
                .map(dossier::content)
                .map(content -> content.get(SPONSOR_UNIT))
                .map(Object::toString);
    }

    static boolean allows(String userId, Collection<String> groups, String proposer, Optional<String> sponsorUnit) {
        if (!actsOnlyAsSponsor(groups)) {
            return true;
        }
        return userId.equals(proposer) || sponsorUnit.filter(groups::contains).isPresent();
    }

    /** In the sponsor role and no other role group; unit groups are not roles. */
    static boolean actsOnlyAsSponsor(Collection<String> groups) {
        return groups.contains(Groups.SPONSOR) && groups.stream()
                .noneMatch(group -> !Groups.SPONSOR.equals(group) && Groups.ROLE_NAMES.containsKey(group));
    }
}

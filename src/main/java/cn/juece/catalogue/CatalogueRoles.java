package cn.juece.catalogue;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.juece.security.Directory;
import cn.juece.security.Groups;

/**
 * Who may change a catalogue, checked here as well as on the pages so the rule holds for
 * every caller: the government office keeps it, sponsoring units propose adjustments for their own unit.
 */
@Component
class CatalogueRoles {

    private final Directory directory;

    CatalogueRoles(Directory directory) {
        this.directory = directory;
    }

    void requireOffice(String actor) {
        if (!directory.isInGroup(actor, Groups.OFFICE)) {
            throw new CatalogueRefused("只有政府办公室可以编制、公布年度目录和审批目录调整");
        }
    }

    /** The units the actor proposes for, when they act as a sponsoring unit. */
    List<String> sponsorUnits(String actor) {
        if (!directory.isInGroup(actor, Groups.SPONSOR)) {
            throw new CatalogueRefused("只有决策承办单位可以提出目录调整");
        }
        return directory.person(actor).orElseThrow().groups().stream().filter(directory::isUnit).toList();
    }

    String unitName(String unit) {
        return directory.unitName(unit);
    }
}

package cn.juece.catalogue;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.juece.catalogue.Adjustment.Kind;
import cn.juece.catalogue.Adjustment.Status;
import cn.juece.catalogue.CatalogueChanged.Change;

/**
 * Mid-year adjustments of a published catalogue (动态调整): a sponsoring unit proposes to add,
 * remove or change an item of its own unit, the government office approves or rejects it, and
 * every adjustment is kept with the item before and after.
 */
@Service
@Transactional
public class CatalogueAdjustments {

    static final int MAX_REASON = 2000;

    private final CatalogueRecords records;
    private final AdjustmentRecords adjustments;
    private final ItemRules rules;
    private final CatalogueRoles roles;
    private final ApplicationEventPublisher events;

    CatalogueAdjustments(CatalogueRecords records, AdjustmentRecords adjustments, ItemRules rules,
                         CatalogueRoles roles, ApplicationEventPublisher events) {
        this.records = records;
        this.adjustments = adjustments;
        this.rules = rules;
        this.roles = roles;
        this.events = events;
    }

    /** What a sponsoring unit asks for: the item (none for ADD), its new fields (none for REMOVE), why. */
    public record Request(Kind kind, Long itemId, ItemFields fields, String reason) {
    }

    public long propose(long catalogueId, Request request, String actor) {
        List<String> units = roles.sponsorUnits(actor);
        AnnualCatalogue catalogue = records.catalogue(catalogueId).orElseThrow(() -> new CatalogueRefused("目录不存在"));
        if (!catalogue.isPublished()) {
            throw new CatalogueRefused("目录尚未公布，不需要调整；草案中的事项由政府办公室直接修改");
        }
        String reason = reason(request.reason(), "reason", "请说明调整理由");
        if (request.kind() == null) {
            throw new CatalogueRefused("kind", "请选择调整类型");
        }
        CatalogueItem item = request.kind() == Kind.ADD ? null : itemInForce(catalogue, request.itemId(), units);
        ItemFields after = request.kind() == Kind.REMOVE ? null : request.fields();
        if (after != null) {
            rules.require(after, catalogue.year());
            if (!units.contains(after.sponsorUnit())) {
                throw new CatalogueRefused("sponsorUnit", "只能为本单位（" + roles.unitName(units.isEmpty() ? ""
                        : units.get(0)) + "）承办的事项提出调整");
            }
        }
        if (request.kind() == Kind.REMOVE) {
            refuseRemovalWhileRunning(item);
        }
        String unit = item != null ? item.sponsorUnit() : after.sponsorUnit();
        long id = adjustments.insert(catalogueId, item == null ? null : item.id(), request.kind(), unit, reason,
                item == null ? null : item.fields(), after, actor, now());
        changed(catalogueId, Change.ADJUSTMENT_PROPOSED, actor, item == null ? null : item.id(), id);
        return id;
    }

    /** The government office agrees: an added item is in force, a removed one no longer startable. */
    public void approve(long adjustmentId, String decisionReason, String actor) {
        roles.requireOffice(actor);
        Adjustment adjustment = pending(adjustmentId);
        String reason = reason(decisionReason, "decisionReason", "请填写审批意见");
        AnnualCatalogue catalogue = records.catalogue(adjustment.catalogueId()).orElseThrow();
        Long itemId = adjustment.itemId();
        switch (adjustment.kind()) {
            case ADD -> itemId = records.insertItem(catalogue, adjustment.after(), CatalogueItem.PUBLISHED);
            case REMOVE -> {
                refuseRemovalWhileRunning(records.item(itemId).orElseThrow());
                records.itemStatus(itemId, CatalogueItem.REMOVED);
            }
            case CHANGE -> records.updateItem(itemId, adjustment.after());
        }
        adjustments.decided(adjustmentId, Status.APPROVED, itemId, actor, reason, now());
        changed(adjustment.catalogueId(), Change.ADJUSTMENT_APPROVED, actor, itemId, adjustmentId);
    }

    public void reject(long adjustmentId, String decisionReason, String actor) {
        roles.requireOffice(actor);
        Adjustment adjustment = pending(adjustmentId);
        String reason = reason(decisionReason, "decisionReason", "请说明不同意的理由");
        adjustments.decided(adjustmentId, Status.REJECTED, adjustment.itemId(), actor, reason, now());
        changed(adjustment.catalogueId(), Change.ADJUSTMENT_REJECTED, actor, adjustment.itemId(), adjustmentId);
    }

    @Transactional(readOnly = true)
    public List<Adjustment> ofCatalogue(long catalogueId) {
        return adjustments.ofCatalogue(catalogueId);
    }

    @Transactional(readOnly = true)
    public List<Adjustment> ofUnits(List<String> units) {
        return adjustments.ofUnits(units);
    }

    private CatalogueItem itemInForce(AnnualCatalogue catalogue, Long itemId, List<String> units) {
        CatalogueItem item = (itemId == null ? null : records.item(itemId).orElse(null));
        if (item == null || item.catalogueId() != catalogue.id()) {
            throw new CatalogueRefused("itemId", "请选择本目录中的事项");
        }
        if (item.isRemoved()) {
            throw new CatalogueRefused("itemId", "「" + item.matter() + "」已移出目录");
        }
        if (!units.contains(item.sponsorUnit())) {
            throw new CatalogueRefused("itemId", "「" + item.matter() + "」由" + roles.unitName(item.sponsorUnit())
                    + "承办，只能由承办单位提出调整");
        }
        if (adjustments.pendingOnItem(item.id())) {
            throw new CatalogueRefused("itemId", "「" + item.matter() + "」已有待审批的调整，请待审批后再提出");
        }
        return item;
    }

    private void refuseRemovalWhileRunning(CatalogueItem item) {
        int running = records.runningDecisions(item.id());
        if (running > 0) {
            throw new CatalogueRefused("itemId", "「" + item.matter() + "」已有 " + running
                    + " 项决策正在办理，不能移出目录；请待决策办结归档后再提出");
        }
    }

    private Adjustment pending(long adjustmentId) {
        Adjustment adjustment = adjustments.find(adjustmentId)
                .orElseThrow(() -> new CatalogueRefused("目录调整申请不存在"));
        if (!adjustment.isPending()) {
            throw new CatalogueRefused("该调整申请已经审批（" + adjustment.status().label() + "），不能再次审批");
        }
        return adjustment;
    }

    private static String reason(String value, String field, String missing) {
        String reason = value == null ? "" : value.strip();
        if (reason.isEmpty()) {
            throw new CatalogueRefused(field, missing);
        }
        if (reason.length() > MAX_REASON) {
            throw new CatalogueRefused(field, "不超过 " + MAX_REASON + " 字");
        }
        return reason;
    }

    private void changed(long catalogueId, Change change, String actor, Long itemId, Long adjustmentId) {
        events.publishEvent(new CatalogueChanged(catalogueId, change, actor, itemId, adjustmentId, now()));
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}

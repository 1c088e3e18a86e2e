package cn.juece.catalogue;

import java.time.Instant;

/**
 * Published on every change of a catalogue, for the audit trail, inside the change's
 * transaction: a {@code @TransactionalEventListener} hears only the changes that were kept.
 * {@code itemId} and {@code adjustmentId} are null where the change has none.
 */
public record CatalogueChanged(long catalogueId, Change change, String actor, Long itemId, Long adjustmentId,
                               Instant at) {

    public enum Change {
        DRAFT_CREATED, ITEM_ADDED, ITEM_CHANGED, ITEM_DELETED, ITEMS_IMPORTED, CONSENT_RECORDED, PUBLISHED,
        ADJUSTMENT_PROPOSED, ADJUSTMENT_APPROVED, ADJUSTMENT_REJECTED
    }
}

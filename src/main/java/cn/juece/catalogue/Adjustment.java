package cn.juece.catalogue;

import java.time.Instant;

/**
 * A mid-year adjustment of a published catalogue, proposed by a sponsoring unit and decided by
 * the government office. Kept whatever its outcome, with the item as it was and as proposed.
 */
public record Adjustment(long id, long catalogueId, Long itemId, Kind kind, String sponsorUnit, String reason,
                         ItemFields before, ItemFields after, Status status, String proposedBy, Instant proposedAt,
                         String decidedBy, Instant decidedAt, String decisionReason) {

    public enum Kind {
        ADD("增加事项"), REMOVE("移出事项"), CHANGE("变更事项");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        PENDING("待审批"), APPROVED("已同意"), REJECTED("不同意");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    /** The matter the adjustment is about, as proposed or as it was. */
    public String matter() {
        return after != null ? after.matter() : before != null ? before.matter() : "";
    }
}

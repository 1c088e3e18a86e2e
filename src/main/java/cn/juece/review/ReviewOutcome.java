package cn.juece.review;

import java.util.EnumSet;
import java.util.Set;

/** The conclusion of a legality review opinion letter (合法性审查意见书). */
public enum ReviewOutcome {
    LAWFUL,
    LAWFUL_WITH_CHANGES,
    UNLAWFUL,
    /** An exploratory reform with no clear national rule, going forward with its legal risk stated. */
    EXPLORATORY,
    /** Materials incomplete; back to the sponsoring unit. */
    RETURNED;

    /** Outcomes with which a draft may go to the collective discussion. */
    public static final Set<ReviewOutcome> ADMITTING = EnumSet.of(LAWFUL, LAWFUL_WITH_CHANGES, EXPLORATORY);
}

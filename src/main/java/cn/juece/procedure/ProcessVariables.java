package cn.juece.procedure;

/** Variables every procedure model relies on; the rest are named beside the rule using them. */
public final class ProcessVariables {

    public static final String DECISION_ID = "decisionId";
    public static final String DECISION_TITLE = "decisionTitle";
    public static final String DECISION_REFERENCE = "decisionReference";
    public static final String CATEGORY = "category";
    public static final String REGION = "region";
    public static final String SPONSOR_UNIT = "sponsorUnit";
    public static final String EXPLORATORY_REFORM = "exploratoryReform";

    private ProcessVariables() {
    }
}

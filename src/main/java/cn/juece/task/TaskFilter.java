package cn.juece.task;

/** The rows of a tab a user asked for: of one stage (process key), one sponsoring unit, one deadline light; blank for all. */
public record TaskFilter(String stage, String unit, DueLight due) {

    public static final TaskFilter NONE = new TaskFilter(null, null, null);

    boolean keeps(String processKey, String sponsorUnit, DueLight light) {
        return (stage == null || stage.isBlank() || stage.equals(processKey))
                && (unit == null || unit.isBlank() || unit.equals(sponsorUnit))
                && (due == null || due == light);
    }
}

package cn.juece.supervision;

/** The dashboard's scope: an organ (决策机关), a sponsoring unit group, a year of proposal; null means all. */
public record SupervisionFilter(String organ, String unit, Integer year) {

    public SupervisionFilter {
        organ = blankToNull(organ);
        unit = blankToNull(unit);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

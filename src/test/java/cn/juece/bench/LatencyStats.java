package cn.juece.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles of measured milliseconds (nearest rank). */
record LatencyStats(int n, double p50, double p95, double p99, double max) {

    static LatencyStats of(List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new LatencyStats(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    }

    private static double rank(double[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    String row(String label) {
        return "| " + label + " | " + String.join(" | ", Arrays.stream(new double[] {p50, p95, p99, max})
                .mapToObj(LatencyStats::ms).toList()) + " | " + n + " |";
    }

    static String ms(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}

package cn.juece.bench;

import java.util.Arrays;

/** Mean, spread and median of a benchmark's repeated measurements. */
record Stats(double[] values) {

    static Stats of(double... values) {
        return new Stats(values.clone());
    }

    double mean() {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    /** Sample standard deviation (0 for a single value). */
    double deviation() {
        if (values.length < 2) {
            return 0;
        }
        double mean = mean();
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1));
    }

    double median() {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    double min() {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    double max() {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** "12.3 ± 0.4 (min 11.8, max 12.9, n 5)". */
    String describe() {
        return Fragment.number(mean()) + " ± " + Fragment.number(deviation()) + " (min " + Fragment.number(min())
                + ", max " + Fragment.number(max()) + ", n " + values.length + ")";
    }
}

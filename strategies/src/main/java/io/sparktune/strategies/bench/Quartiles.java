package io.sparktune.strategies.bench;

import java.util.Arrays;

/**
 * The first quartile, the median and the third quartile of a sample, by linear interpolation between
 * order statistics (NumPy's default, so figures compare with a Python peer's).
 */
public record Quartiles(double q1, double median, double q3) {

    public Quartiles {
        if (!(q1 <= median && median <= q3)) {
            throw new IllegalArgumentException("q1 <= median <= q3 must hold, but got q1=" + q1 + ", median=" + median
                    + ", q3=" + q3);
        }
    }

    /** The quartiles of {@code values} (not empty; NaN-free; infinities allowed). */
    public static Quartiles of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("values must not be empty");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[sorted.length - 1])) {
            throw new IllegalArgumentException("values must not be NaN, but got " + Arrays.toString(values));
        }
        return new Quartiles(quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75));
    }

    /** The {@code q}-quantile of sorted values, interpolating linearly between neighbours. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int lo = (int) Math.floor(position);
        int hi = (int) Math.ceil(position);
        if (lo == hi || sorted[lo] == sorted[hi]) {
            return sorted[lo];
        }
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (position - lo);
    }
}

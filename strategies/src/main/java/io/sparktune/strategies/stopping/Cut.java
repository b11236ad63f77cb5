package io.sparktune.strategies.stopping;

import io.sparktune.trial.Direction;
import java.util.Arrays;
import java.util.Collection;

/**
 * The {@code k}-th best of {@code n} recorded values: a value goes on when it is at least as good
 * as this one, so ties with the cut go on. NaN ranks after every number, so a NaN value makes a cut
 * only when the cut itself is NaN.
 *
 * @param value the k-th best value
 * @param k its rank among the recorded values, 1 for the best
 * @param n how many values were recorded
 * @param direction which values are better
 */
public record Cut(double value, int k, int n, Direction direction) {

    public Cut {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("1 <= k <= n must hold, but got k=" + k + ", n=" + n);
        }
    }

    /** The {@code k}-th best of {@code values} (1 for the best), by {@code direction}. */
    public static Cut kthBest(Collection<Double> values, int k, Direction direction) {
        if (k < 1 || k > values.size()) {
            throw new IllegalArgumentException("1 <= k <= n must hold, but got k=" + k + ", n=" + values.size());
        }
        double[] losses = values.stream().mapToDouble(v -> direction.asLoss(v)).toArray();
        Arrays.sort(losses);
        return new Cut(direction.asLoss(losses[k - 1]), k, values.size(), direction);
    }

    /** Whether {@code x} is at least as good as the cut. */
    public boolean admits(double x) {
        return !direction.isBetter(value, x);
    }
}

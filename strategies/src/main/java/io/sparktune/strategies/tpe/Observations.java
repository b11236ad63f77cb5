package io.sparktune.strategies.tpe;

import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.util.List;
import java.util.Map;

/**
 * What TPE learns from a history, read in one pass: for every usable trial, its rank key and the
 * internal value of each searched parameter (NaN where it was inactive), and the split into the
 * good group (below, which l(x) models) and the rest (above, g(x)). As Optuna 3.1's
 * {@code _get_observation_pairs} and {@code _split_observation_pairs}:
 * <ul>
 *   <li>a completed trial ranks by its value (made a loss by the study's direction), first;</li>
 *   <li>a pruned trial ranks after every completed one, by its last step, later steps first, then
 *       by the value it reported at that step; a pruned trial that reported nothing ranks after
 *       those that did (by its value when it has one);</li>
 *   <li>with the constant liar, a running or waiting trial ranks last, so it always falls into
 *       the bad group and pushes g(x) up at its point;</li>
 *   <li>failed and stale trials, and completed ones without a value, are ignored; NaN values rank
 *       last within their tier;</li>
 *   <li>the best gamma(n) ranked trials form the good group, with n the number of completed and
 *       pruned trials; both groups keep chronological order (the order the weights use).</li>
 * </ul>
 */
final class Observations {

    private final int size;
    private final int finished;
    private final double[][] values;
    private final boolean[] below;
    private final boolean[] pending;

    private Observations(int size, int finished, double[][] values, boolean[] below, boolean[] pending) {
        this.size = size;
        this.finished = finished;
        this.values = values;
        this.below = below;
        this.pending = pending;
    }

    static Observations of(Dimension[] dims, History history, TpeOptions options) {
        List<Trial> trials = history.trials();
        int capacity = trials.size();
        double[] tier = new double[capacity];
        double[] loss = new double[capacity];
        double[][] values = new double[dims.length][capacity];
        Direction direction = history.direction();
        int size = 0;
        int finished = 0;
        for (Trial t : trials) {
            TrialState state = t.state();
            if (state == TrialState.COMPLETED && t.value() != null) {
                tier[size] = Double.NEGATIVE_INFINITY;
                loss[size] = lossOf(direction, t.value());
                finished++;
            } else if (state == TrialState.PRUNED) {
                Report last = lastStep(t.reports());
                if (last != null) {
                    tier[size] = -(double) last.step();
                    loss[size] = lossOf(direction, last.value());
                } else {
                    tier[size] = 1;
                    loss[size] = t.value() == null ? 0 : lossOf(direction, t.value());
                }
                finished++;
            } else if (options.constantLiar() && (state == TrialState.RUNNING || state == TrialState.WAITING)) {
                tier[size] = Double.POSITIVE_INFINITY;
                loss[size] = Double.POSITIVE_INFINITY;
            } else {
                continue;
            }
            Map<String, Object> params = t.params();
            for (int d = 0; d < dims.length; d++) {
                values[d][size] = dims[d].internal(params.get(dims[d].name()));
            }
            size++;
        }
        int n = size;
        int[] order = Sorting.argsort(java.util.Arrays.copyOf(tier, n), java.util.Arrays.copyOf(loss, n));
        boolean[] below = new boolean[n];
        boolean[] pending = new boolean[n];
        for (int i = 0; i < n; i++) {
            pending[i] = tier[i] == Double.POSITIVE_INFINITY;
        }
        int good = Math.min(options.gamma(finished), n);
        for (int r = 0; r < good; r++) {
            below[order[r]] = true;
        }
        return new Observations(n, finished, values, below, pending);
    }

    /** The report with the largest step; of several at that step, the last one. */
    private static Report lastStep(List<Report> reports) {
        Report last = null;
        for (Report r : reports) {
            if (last == null || r.step() >= last.step()) {
                last = r;
            }
        }
        return last;
    }

    private static double lossOf(Direction direction, double value) {
        return Double.isNaN(value) ? Double.POSITIVE_INFINITY : direction.asLoss(value);
    }

    /** How many trials were read (completed, pruned and, with the constant liar, running). */
    int size() {
        return size;
    }

    /** How many of them are completed or pruned: the n of gamma(n) and of the start-up rule. */
    int finished() {
        return finished;
    }

    /** Whether observation {@code i} is completed or pruned (not a running trial counted by the liar). */
    boolean isFinished(int i) {
        return !pending[i];
    }

    /** Whether observation {@code i} is in the good group. */
    boolean isBelow(int i) {
        return below[i];
    }

    /** Whether observation {@code i} holds a value for every dimension in {@code dims}. */
    boolean holdsAll(int i, int[] dims) {
        for (int d : dims) {
            if (Double.isNaN(values[d][i])) {
                return false;
            }
        }
        return true;
    }

    /** The internal values of dimension {@code d}, one per observation (NaN when inactive); a copy. */
    double[] values(int d) {
        return java.util.Arrays.copyOf(values[d], size);
    }

    /** The internal value of dimension {@code d} in observation {@code i} (NaN when inactive). */
    double value(int d, int i) {
        return values[d][i];
    }
}

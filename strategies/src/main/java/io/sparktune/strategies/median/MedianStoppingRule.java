package io.sparktune.strategies.median;

import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.Verdict;
import io.sparktune.strategies.stopping.Decimals;
import io.sparktune.strategies.stopping.StepValues;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The median stopping rule (Golovin et al. 2017, "Google Vizier: A Service for Black-Box
 * Optimization", KDD, section 3.2.1): stop trial {@code x} at step {@code t} if its best value so
 * far is strictly worse than the median of the other trials' running averages at {@code t}.
 *
 * <p>Precisely, for a report at step {@code t}:
 * <ul>
 *   <li>the trial's best so far is the best of its reports at steps {@code <= t}, this one
 *       included (NaN values aside; NaN if all are NaN);</li>
 *   <li>the other trials are those that have reached step {@code t}: any trial but this one, in
 *       any state (running, completed, pruned, failed), with a report at step {@code t} or later,
 *       as Ray Tune counts them. Vizier compares against completed trials; counting running ones
 *       too lets the rule act while the first trials still run in a parallel study, and a pruned
 *       trial counts only at the steps it reached;</li>
 *   <li>another trial's running average at {@code t} is the mean of its reports at steps
 *       {@code <= t} (NaN values aside; a trial with only NaN there does not count);</li>
 *   <li>the median of an even number of running averages is the mean of the middle two.</li>
 * </ul>
 * Nothing is stopped at steps below {@code minSteps} (the warm-up), nor while fewer than
 * {@code minTrials} other trials count at {@code t}. The reason reads
 * {@code "step 5: best 0.412 is worse than the median 0.388 of 6 other trials' running averages"}.
 *
 * <p>A pure function of its arguments; thread-safe.
 */
public final class MedianStoppingRule implements Scheduler {

    private static final long serialVersionUID = 1L;

    private final long minSteps;
    private final int minTrials;

    /**
     * @param minSteps the warm-up: reports at steps below it are never stopped, {@code >= 0}
     * @param minTrials how many other trials must have reached a step before it is judged, {@code >= 1}
     */
    public MedianStoppingRule(long minSteps, int minTrials) {
        if (minSteps < 0) {
            throw new IllegalArgumentException("minSteps >= 0 must hold, but got minSteps=" + minSteps);
        }
        if (minTrials < 1) {
            throw new IllegalArgumentException("minTrials >= 1 must hold, but got minTrials=" + minTrials);
        }
        this.minSteps = minSteps;
        this.minTrials = minTrials;
    }

    public long minSteps() {
        return minSteps;
    }

    public int minTrials() {
        return minTrials;
    }

    @Override
    public Verdict judge(Trial trial, Report report, History history) {
        long t = report.step();
        if (t < minSteps) {
            return Verdict.CONTINUE;
        }
        double[] averages = history.trials().stream()
                .filter(other -> other.number() != trial.number())
                .filter(other -> other.reports().stream().anyMatch(r -> r.step() >= t))
                .map(other -> runningAverage(other.reports(), t))
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .toArray();
        if (averages.length < minTrials) {
            return Verdict.CONTINUE;
        }
        Direction direction = history.direction();
        double best = bestSoFar(StepValues.upTo(trial, report), t, direction);
        double median = median(averages);
        if (!direction.isBetter(median, best)) {
            return Verdict.CONTINUE;
        }
        String[] shown = Decimals.distinct(best, median);
        return Verdict.stop("step " + t + ": best " + shown[0] + " is worse than the median " + shown[1] + " of "
                + averages.length + " other trials' running averages");
    }

    /** The mean of the non-NaN values of {@code reports} at steps {@code <= t}, if there is one. */
    static OptionalDouble runningAverage(List<Report> reports, long t) {
        return reports.stream().filter(r -> r.step() <= t && !Double.isNaN(r.value()))
                .mapToDouble(Report::value).average();
    }

    /** The best non-NaN value of {@code reports} at steps {@code <= t}, or NaN if there is none. */
    static double bestSoFar(List<Report> reports, long t, Direction direction) {
        double best = Double.NaN;
        for (Report r : reports) {
            if (r.step() <= t && direction.isBetter(r.value(), best)) {
                best = r.value();
            }
        }
        return best;
    }

    /** The median of {@code values} (not empty): the middle one, or the mean of the middle two. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    @Override
    public String toString() {
        return "median(minSteps=" + minSteps + ", minTrials=" + minTrials + ")";
    }
}

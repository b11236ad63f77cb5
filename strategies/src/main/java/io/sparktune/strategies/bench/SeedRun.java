package io.sparktune.strategies.bench;

import java.util.List;

/**
 * One run of a strategy on one function with one seed.
 *
 * @param trials how many trials the run created
 * @param budgetSpent the steps all its trials ran, times the cost per step
 * @param trajectory each time the incumbent improved: the budget spent by then, in full-budget trials,
 *     and the incumbent's regret
 * @param asks how many proposals the sampler made
 * @param askNanos the time it took for them, in all
 */
public record SeedRun(long seed, int trials, double budgetSpent, List<Improvement> trajectory, long asks,
        long askNanos) {

    /** The incumbent improved once {@code budget} full-budget trials were spent; its regret is now {@code regret}. */
    public record Improvement(double budget, double regret) {
    }

    public SeedRun {
        trajectory = List.copyOf(trajectory);
    }

    /**
     * The regret of the incumbent when {@code budget} full-budget trials had been spent: that of the
     * best completed trial that ended within it; infinite when none had.
     */
    public double regretAt(double budget) {
        double regret = Double.POSITIVE_INFINITY;
        for (Improvement i : trajectory) {
            if (i.budget() > budget) {
                break;
            }
            regret = i.regret();
        }
        return regret;
    }
}

package io.sparktune.strategies.bench;

import io.sparktune.spec.ComponentSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one benchmark runs.
 *
 * @param sampler the sampler, by JSON name, with its options
 * @param scheduler the scheduler, if any, by JSON name, with its options
 * @param functions the benchmark functions by name ({@link BenchTask#names()})
 * @param seeds how many seeds: study seeds 0 .. seeds-1
 * @param trials the budget of each run, in full-budget trials: that many trials for a single-fidelity
 *     function, {@code trials * steps} steps for a multi-fidelity one
 * @param checkpoints the budgets, in full-budget trials, at which regret is reported, increasing,
 *     each in {@code 1 .. trials}
 * @param steps how many fidelities a multi-fidelity trial runs through (its "epochs")
 * @param costPerStep the simulated cost of one step (one evaluation of a single-fidelity function)
 */
public record BenchPlan(ComponentSpec sampler, Optional<ComponentSpec> scheduler, List<String> functions,
        int seeds, int trials, List<Integer> checkpoints, int steps, double costPerStep) {

    public static final List<String> DEFAULT_FUNCTIONS =
            List.of("branin", "hartmann3", "hartmann6", "rosenbrock", "levy", "ackley");
    public static final int DEFAULT_SEEDS = 10;
    public static final int DEFAULT_TRIALS = 200;
    public static final int DEFAULT_STEPS = 27;

    public BenchPlan {
        Objects.requireNonNull(sampler, "sampler");
        Objects.requireNonNull(scheduler, "scheduler");
        functions = List.copyOf(functions);
        checkpoints = List.copyOf(checkpoints);
        if (functions.isEmpty()) {
            throw new IllegalArgumentException("functions must name at least one function, but got none");
        }
        for (String f : functions) {
            if (!BenchTask.names().contains(f)) {
                throw new IllegalArgumentException("functions must be among " + BenchTask.names() + ", but got " + f);
            }
        }
        if (seeds < 1 || trials < 1 || steps < 1) {
            throw new IllegalArgumentException("seeds >= 1, trials >= 1 and steps >= 1 must hold, but got seeds="
                    + seeds + ", trials=" + trials + ", steps=" + steps);
        }
        if (!(costPerStep > 0) || Double.isInfinite(costPerStep)) {
            throw new IllegalArgumentException("costPerStep > 0 must hold, but got costPerStep=" + costPerStep);
        }
        if (checkpoints.isEmpty()) {
            throw new IllegalArgumentException("checkpoints must hold at least one budget, but got none");
        }
        for (int i = 0; i < checkpoints.size(); i++) {
            int c = checkpoints.get(i);
            if (c < 1 || c > trials || (i > 0 && c <= checkpoints.get(i - 1))) {
                throw new IllegalArgumentException("checkpoints must increase within 1 .. trials=" + trials
                        + ", but got " + checkpoints);
            }
        }
    }

    /** The default checkpoints of {@code trials}: a quarter, a half and all of it (50, 100, 200 for 200). */
    public static List<Integer> defaultCheckpoints(int trials) {
        return java.util.stream.IntStream.of(trials / 4, trials / 2, trials).filter(c -> c >= 1).distinct()
                .boxed().toList();
    }

    /** A plan with the defaults for everything but the sampler. */
    public static BenchPlan of(ComponentSpec sampler) {
        return new BenchPlan(sampler, Optional.empty(), DEFAULT_FUNCTIONS, DEFAULT_SEEDS, DEFAULT_TRIALS,
                defaultCheckpoints(DEFAULT_TRIALS), DEFAULT_STEPS, 1);
    }
}

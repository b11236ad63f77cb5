package io.sparktune.strategies.bench;

import java.util.List;

/**
 * A strategy's results on one function over all seeds.
 *
 * @param steps the steps of a full trial (0 for a single-fidelity function)
 * @param checkpoints the regret over the seeds at each budget checkpoint
 * @param meanAskMicros the mean time per proposal of the sampler, in microseconds, over all seeds
 */
public record FunctionResult(String function, double optimum, int steps, List<SeedRun> runs,
        List<Checkpoint> checkpoints, double meanAskMicros) {

    /** The regret over the seeds once {@code budget} full-budget trials were spent. */
    public record Checkpoint(int budget, Quartiles regret) {
    }

    public FunctionResult {
        runs = List.copyOf(runs);
        checkpoints = List.copyOf(checkpoints);
    }
}

package io.sparktune.strategies.bench;

import io.sparktune.sampler.Sampler;
import io.sparktune.space.SearchSpace;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A sampler that proposes nothing once the trials of the history have spent {@code limit} steps, which
 * ends the study; otherwise it asks the sampler it wraps. A function of the history, like every sampler.
 */
final class BudgetedSampler implements Sampler {

    private final Sampler sampler;
    private final long limit;
    private final int steps;

    /**
     * @param limit the budget in steps
     * @param steps the steps of a full trial: 0 when a trial is one evaluation (costing one step)
     */
    BudgetedSampler(Sampler sampler, long limit, int steps) {
        this.sampler = Objects.requireNonNull(sampler, "sampler");
        if (limit < 1 || steps < 0) {
            throw new IllegalArgumentException("limit >= 1 and steps >= 0 must hold, but got limit=" + limit
                    + ", steps=" + steps);
        }
        this.limit = limit;
        this.steps = steps;
    }

    @Override
    public Optional<Map<String, Object>> propose(SearchSpace space, History history, RandomGenerator rng) {
        if (spent(history, steps) >= limit) {
            return Optional.empty();
        }
        return sampler.propose(space, history, rng);
    }

    /** The steps a trial has run: its reports, or 1 for a trial that is one evaluation. */
    static long cost(Trial trial, int steps) {
        return steps == 0 ? 1 : trial.reports().size();
    }

    /** The steps the trials of {@code history} have run. */
    static long spent(History history, int steps) {
        long sum = 0;
        for (Trial t : history.trials()) {
            sum += cost(t, steps);
        }
        return sum;
    }
}

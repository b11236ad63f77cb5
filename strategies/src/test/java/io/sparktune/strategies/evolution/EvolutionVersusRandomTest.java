package io.sparktune.strategies.evolution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.random.Seeds;
import io.sparktune.sampler.Sampler;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.strategies.random.RandomSampler;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sanity check that selection and mutation have a real effect: on a 4-D quadratic, 200 trials
 * of evolution (P = 20, S = 5) end far closer to the minimum than 200 random draws, in the median
 * over 10 seeds. The effect is an order of magnitude, so the fixed seeds are far from the edge.
 */
class EvolutionVersusRandomTest {

    private static final double[] CENTER = {1.0, -2.0, 0.5, 3.0};
    private static final SearchSpace SPACE = SearchSpace.of(
            Parameter.of("x0", FloatDomain.of(-5, 5)),
            Parameter.of("x1", FloatDomain.of(-5, 5)),
            Parameter.of("x2", FloatDomain.of(-5, 5)),
            Parameter.of("x3", FloatDomain.of(-5, 5)));
    private static final int TRIALS = 200;
    private static final int SEEDS = 10;

    private static double quadratic(Map<String, Object> params) {
        double sum = 0;
        for (int i = 0; i < CENTER.length; i++) {
            double d = (Double) params.get("x" + i) - CENTER[i];
            sum += d * d;
        }
        return sum;
    }

    /** The best value found by {@code sampler} in {@link #TRIALS} sequential trials of a study seeded {@code seed}. */
    static double bestAfterBudget(Sampler sampler, long seed) {
        History history = History.empty(Direction.MINIMIZE);
        double best = Double.POSITIVE_INFINITY;
        for (int n = 0; n < TRIALS; n++) {
            Map<String, Object> params = sampler.propose(SPACE, history, Seeds.forTrial(seed, n)).orElseThrow();
            double value = quadratic(params);
            best = Math.min(best, value);
            history = history.with(Histories.completed(n, params, value));
        }
        return best;
    }

    private static double medianBest(Sampler sampler) {
        double[] best = new double[SEEDS];
        for (int seed = 0; seed < SEEDS; seed++) {
            best[seed] = bestAfterBudget(sampler, seed);
        }
        Arrays.sort(best);
        return (best[SEEDS / 2 - 1] + best[SEEDS / 2]) / 2;
    }

    @Test
    void evolutionEndsFarCloserToTheMinimumThanRandomSearch() {
        double evolution = medianBest(new EvolutionSampler(new EvolutionSettings(20, 5, Mutation.PERTURB, 0.2)));
        double random = medianBest(new RandomSampler());
        assertTrue(evolution < random / 5, "median best: evolution " + evolution + ", random " + random);
    }
}

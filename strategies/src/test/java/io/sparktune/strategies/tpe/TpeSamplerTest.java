package io.sparktune.strategies.tpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.random.Seeds;
import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.SamplerContract;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.strategies.ConditionalSpaces;
import io.sparktune.strategies.random.RandomSampler;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TpeSamplerTest extends SamplerContract {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    @Override
    protected Sampler newSampler() {
        return new TpeSampler(TpeOptions.defaults());
    }

    static Trial completed(int n, Map<String, Object> params, double value) {
        return Trial.created(n, params, TrialState.RUNNING, T0.plusSeconds(n))
                .finished(TrialState.COMPLETED, value, null, T0.plusSeconds(n + 1));
    }

    static Trial running(int n, Map<String, Object> params) {
        return Trial.created(n, params, TrialState.RUNNING, T0.plusSeconds(n));
    }

    static Trial pruned(int n, Map<String, Object> params, long step, double value) {
        Trial t = Trial.created(n, params, TrialState.RUNNING, T0.plusSeconds(n));
        for (long s = 0; s <= step; s++) {
            t = t.withReport(new Report(s, value + (step - s)), t.createdAt());
        }
        return t.finished(TrialState.PRUNED, value, "stopped", T0.plusSeconds(n + 1));
    }

    /** The best value a sequential study of {@code trials} finds with {@code sampler}. */
    static double bestOf(Sampler sampler, SearchSpace space, ToDoubleFunction<Map<String, Object>> f, long seed,
            int trials) {
        History history = History.empty(Direction.MINIMIZE);
        double best = Double.POSITIVE_INFINITY;
        for (int n = 0; n < trials; n++) {
            Map<String, Object> params = sampler.propose(space, history, Seeds.forTrial(seed, n)).orElseThrow();
            double value = f.applyAsDouble(params);
            best = Math.min(best, value);
            history = history.with(completed(n, params, value));
        }
        return best;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    @Test
    void beatsRandomOnAQuadraticAtOneHundredTrials() {
        SearchSpace space = SearchSpace.of(
                Parameter.of("x", FloatDomain.of(-5, 5)), Parameter.of("y", FloatDomain.of(-5, 5)));
        ToDoubleFunction<Map<String, Object>> f = p -> {
            double x = (Double) p.get("x") - 1;
            double y = (Double) p.get("y") + 2;
            return x * x + y * y;
        };
        double[] tpe = new double[10];
        double[] random = new double[10];
        for (int seed = 0; seed < 10; seed++) {
            tpe[seed] = bestOf(newSampler(), space, f, seed, 100);
            random[seed] = bestOf(new RandomSampler(), space, f, seed, 100);
        }
        double tpeMedian = median(tpe);
        double randomMedian = median(random);
        assertTrue(tpeMedian < randomMedian / 4,
                "median best of TPE " + tpeMedian + " should be far below random's " + randomMedian
                        + "; TPE " + Arrays.toString(tpe) + ", random " + Arrays.toString(random));
    }

    @Test
    void neverProposesMomentumForAdam() {
        SearchSpace space = ConditionalSpaces.optimizerWithMomentum();
        for (TpeOptions options : List.of(TpeOptions.defaults(), TpeOptions.defaults().withMultivariate(true, false),
                TpeOptions.defaults().withMultivariate(true, true))) {
            Sampler sampler = new TpeSampler(options);
            History history = History.empty(Direction.MINIMIZE);
            int sgd = 0;
            for (int n = 0; n < 120; n++) {
                Map<String, Object> params = sampler.propose(space, history, Seeds.forTrial(5, n)).orElseThrow();
                if (params.get("optimizer").equals("adam")) {
                    assertEquals(List.of("optimizer"), List.copyOf(params.keySet()), options + ": " + params);
                } else {
                    sgd++;
                    assertTrue(params.containsKey("momentum"), options + ": " + params);
                }
                double value = params.get("optimizer").equals("adam") ? 0.5 : 1.0 - (Double) params.get("momentum");
                history = history.with(completed(n, params, value));
            }
            assertTrue(sgd > 60, options + ": sgd with momentum 0.9 is best (0.1), so TPE should favour it, got "
                    + sgd + " of 120");
        }
    }

    /** 30 completed trials on [0, 10] with f = (x - 3)^2, at fixed pseudo-random points. */
    private static History quadraticHistory() {
        SplittableRandom rng = new SplittableRandom(7);
        History history = History.empty(Direction.MINIMIZE);
        for (int n = 0; n < 30; n++) {
            double x = rng.nextDouble(0, 10);
            history = history.with(completed(n, Map.of("x", x), (x - 3) * (x - 3)));
        }
        return history;
    }

    private static double shareNear(Sampler sampler, SearchSpace space, History history, double centre, double radius) {
        int near = 0;
        int draws = 400;
        for (int i = 0; i < draws; i++) {
            double x = (Double) sampler.propose(space, history, Seeds.forTrial(21, 1000 + i)).orElseThrow().get("x");
            near += Math.abs(x - centre) < radius ? 1 : 0;
        }
        return near / (double) draws;
    }

    @Test
    void constantLiarSteersProposalsAwayFromRunningTrials() {
        SearchSpace space = SearchSpace.of(Parameter.of("x", FloatDomain.of(0, 10)));
        History history = quadraticHistory();
        for (int k = 0; k < 4; k++) {
            history = history.with(running(history.size(), Map.of("x", 3.0 + 0.05 * k)));
        }
        double withLiar = shareNear(new TpeSampler(TpeOptions.defaults()), space, history, 3.0, 0.3);
        double withoutLiar = shareNear(new TpeSampler(TpeOptions.defaults().withConstantLiar(false)), space, history,
                3.0, 0.3);
        assertTrue(withoutLiar > 0.3, "without the liar, the optimum x = 3 attracts proposals: " + withoutLiar);
        assertTrue(withLiar < withoutLiar / 2,
                "running trials at x = 3 must push proposals away: " + withLiar + " with, " + withoutLiar + " without");
    }

    private static double meanDistance(TpeOptions options, SearchSpace space, History history, double centre) {
        Sampler sampler = new TpeSampler(options);
        double sum = 0;
        for (int i = 0; i < 400; i++) {
            sum += Math.abs((Double) sampler.propose(space, history, Seeds.forTrial(21, 1000 + i)).orElseThrow().get("x")
                    - centre);
        }
        return sum / 400;
    }

    @Test
    void evenOneRunningTrialMovesProposalsAway() {
        SearchSpace space = SearchSpace.of(Parameter.of("x", FloatDomain.of(0, 10)));
        History history = quadraticHistory();
        history = history.with(running(history.size(), Map.of("x", 3.0)));
        double on = meanDistance(TpeOptions.defaults(), space, history, 3.0);
        double off = meanDistance(TpeOptions.defaults().withConstantLiar(false), space, history, 3.0);
        assertTrue(on > off * 1.1, "mean distance from the running trial at x = 3: " + on + " with the liar, " + off
                + " without");
    }

    @Test
    void prunedTrialsAreUsed() {
        SearchSpace space = SearchSpace.of(Parameter.of("x", FloatDomain.of(0, 10)));
        History history = History.empty(Direction.MINIMIZE);
        SplittableRandom rng = new SplittableRandom(3);
        for (int n = 0; n < 30; n++) {
            double x = rng.nextDouble(0, 10);
            history = history.with(pruned(n, Map.of("x", x), 4, Math.abs(x - 8)));
        }
        double near = shareNear(new TpeSampler(TpeOptions.defaults()), space, history, 8.0, 1.0);
        assertTrue(near > 0.5, "only pruned trials, best near x = 8: TPE must learn from them, share near 8: " + near);
    }

    @Test
    void proposalsDependOnTheHistory() {
        SearchSpace space = SearchSpace.of(Parameter.of("x", FloatDomain.of(0, 10)));
        History history = quadraticHistory();
        double near = shareNear(newSampler(), space, history, 3.0, 1.0);
        assertTrue(near > 0.5, "with 30 trials of (x - 3)^2, most proposals are near 3: " + near);
    }

    @Test
    void startsWithRandomDrawsUntilEnoughTrialsFinished() {
        SearchSpace space = SamplerContract.fullSpace();
        History history = SamplerContract.historyOf(SamplerContract.proposeSequence(new RandomSampler(), space, 4, 19));
        // 19 trials in rotating states: 5 completed and 5 pruned, so 10 finished, one short of 11
        TpeSampler tpe = new TpeSampler(TpeOptions.defaults().withStartupTrials(11));
        for (int n = 0; n < 5; n++) {
            assertEquals(new RandomSampler().propose(space, history, Seeds.forTrial(4, 100 + n)),
                    tpe.propose(space, history, Seeds.forTrial(4, 100 + n)));
        }
    }
}

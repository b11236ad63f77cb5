package io.sparktune.strategies.tpe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparktune.space.FloatDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.strategies.functions.BenchmarkFunction;
import io.sparktune.strategies.functions.BenchmarkFunctions;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The whole TPE loop against Optuna 3.1's {@code TPESampler(seed=0)} with its defaults, fed the
 * same random numbers. Optuna's start-up trials draw each parameter with
 * {@code RandomState(seed).uniform(low, high)} from its random sampler; after them its TPE draws,
 * per parameter, 24 kernel picks and then 24 truncated-normal quantiles from its own
 * {@code RandomState(seed)}, fits l and g to that parameter's values in the trials, and keeps the
 * candidate with the largest log l - log g. {@link TpeSampler} consumes a generator in exactly that
 * order, so given two {@link LegacyMersenneTwister} streams (one for the start-up trials, one for
 * the model) it must propose what Optuna proposed: this pins every rule at once, from the split at
 * gamma, the weights (the ramp starts at 26 observations of g), the prior and the bandwidths to the
 * kernel score without {@code -log sigma}, the candidate draw per parameter and the argmax.
 *
 * <p>{@code optuna31-tpe-branin-seed0.csv} holds the 80 trials of {@code optuna.create_study(
 * sampler=TPESampler(seed=0))} optimising branin over {@code x0} in [-5, 10] and {@code x1} in
 * [0, 15] (Optuna 3.1.0, Debian's python3-optuna), written with Python's {@code repr}.
 */
class TpeSamplerOptunaReplayTest {

    private static final int STARTUP = 10;

    @Test
    void theStreamIsNumpysLegacyRandomState() {
        // numpy.random.RandomState(0).random_sample(1000): the first three and the last
        LegacyMersenneTwister rng = new LegacyMersenneTwister(0);
        assertArrayEquals(new double[] {0.5488135039273248, 0.7151893663724195, 0.6027633760716439},
                new double[] {rng.nextDouble(), rng.nextDouble(), rng.nextDouble()});
        for (int i = 3; i < 999; i++) {
            rng.nextDouble();
        }
        assertEquals(0.6771411441114241, rng.nextDouble());
    }

    @Test
    void proposesWhatOptuna31ProposesFromTheSameRandomNumbers() throws IOException {
        List<double[]> expected = optunaTrials();
        BenchmarkFunction branin = BenchmarkFunctions.create("branin", 2);
        SearchSpace space = new SearchSpace(List.of(Parameter.of("x0", FloatDomain.of(-5, 10)),
                Parameter.of("x1", FloatDomain.of(0, 15))));
        TpeSampler sampler = new TpeSampler(TpeOptions.defaults().withConstantLiar(false));
        LegacyMersenneTwister startup = new LegacyMersenneTwister(0);
        LegacyMersenneTwister model = new LegacyMersenneTwister(0);
        History history = History.empty(Direction.MINIMIZE);
        for (int n = 0; n < expected.size(); n++) {
            Map<String, Object> params = sampler.propose(space, history, n < STARTUP ? startup : model).orElseThrow();
            double[] x = {(Double) params.get("x0"), (Double) params.get("x1")};
            assertArrayEquals(expected.get(n), x, 1e-9, "trial " + n);
            history = history.with(TpeSamplerTest.completed(n, params, branin.evaluate(x)));
        }
    }

    private static List<double[]> optunaTrials() throws IOException {
        List<double[]> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                TpeSamplerOptunaReplayTest.class.getResourceAsStream("optuna31-tpe-branin-seed0.csv")),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("#")) {
                    String[] cells = line.split(",");
                    out.add(new double[] {Double.parseDouble(cells[0]), Double.parseDouble(cells[1])});
                }
            }
        }
        assertEquals(80, out.size());
        return out;
    }
}

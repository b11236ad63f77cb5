package io.sparktune.strategies.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.space.Parameter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MultiFidelityFunctionsTest {

    private static final MultiFidelityFunction ONES = MultiFidelityFunctions.countingOnes(3, 4, 729);
    private static final MultiFidelityFunction MF_HARTMANN = MultiFidelityFunctions.standard("mfhartmann6");

    private static Map<String, Object> countingOnesPoint(long[] c, double[] x) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < c.length; i++) {
            params.put("c" + i, c[i]);
        }
        for (int i = 0; i < x.length; i++) {
            params.put("x" + i, x[i]);
        }
        return params;
    }

    private static Map<String, Object> xs(double[] x) {
        return countingOnesPoint(new long[0], x);
    }

    @Test
    void namesAndStandardSettings() {
        assertEquals(List.of("countingones", "mfhartmann6"), List.copyOf(MultiFidelityFunctions.names()));
        MultiFidelityFunction standard = MultiFidelityFunctions.standard("countingones");
        assertEquals(-16, standard.optimum());
        assertEquals(List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "x0", "x1", "x2", "x3", "x4", "x5", "x6",
                "x7"), standard.parameters().stream().map(Parameter::name).toList());
        assertEquals(List.of("x0", "x1", "x2", "x3", "x4", "x5"),
                MF_HARTMANN.parameters().stream().map(Parameter::name).toList());
        assertThrows(IllegalArgumentException.class, () -> MultiFidelityFunctions.standard("branin"));
    }

    @Test
    void countingOnesReachesItsOptimumWithEveryParameterAtOne() {
        Map<String, Object> ones = countingOnesPoint(new long[] {1, 1, 1}, new double[] {1, 1, 1, 1});
        assertEquals(-7, ONES.optimum());
        assertEquals(-7, ONES.exact(ones));
        MultiFidelityFunction.Evaluation e = ONES.evaluation(ones, 5);
        for (double z : new double[] {0.001, 0.1, 0.5, 1}) {
            assertEquals(-7, e.at(z), 0, "Bernoulli(1) samples are all ones at fidelity " + z);
        }
        Map<String, Object> zeros = countingOnesPoint(new long[] {0, 1, 0}, new double[] {0, 0, 0, 0});
        assertEquals(-1, ONES.evaluation(zeros, 5).at(0.3));
        assertEquals(-1, ONES.exact(zeros));
    }

    @Test
    void countingOnesAtFullBudgetEqualsTheExactValueInExpectation() {
        Map<String, Object> at = countingOnesPoint(new long[] {1, 0, 1}, new double[] {0.1, 0.5, 0.77, 0.9});
        double exact = -(2 + 0.1 + 0.5 + 0.77 + 0.9);
        assertEquals(exact, ONES.exact(at), 1e-12);
        int n = 2000;
        double sum = 0;
        double squares = 0;
        for (int seed = 0; seed < n; seed++) {
            double v = ONES.evaluation(at, seed).at(1);
            sum += v;
            squares += v * v;
        }
        double mean = sum / n;
        double sd = Math.sqrt(squares / n - mean * mean);
        double expectedSd = Math.sqrt((0.1 * 0.9 + 0.25 + 0.77 * 0.23 + 0.9 * 0.1) / 729);
        assertEquals(exact, mean, 4 * expectedSd / Math.sqrt(n), "the mean of " + n + " full-budget evaluations");
        assertEquals(expectedSd, sd, 0.1 * expectedSd, "the spread of a mean of 729 samples per coordinate");
    }

    @Test
    void countingOnesBudgetGrowsWithFidelityAndLargerBudgetsExtendTheSamples() {
        CountingOnes ones = (CountingOnes) ONES;
        assertEquals(729, ones.budget(1));
        assertEquals(27, ones.budget(1.0 / 27));
        assertEquals(1, ones.budget(1e-9));
        Map<String, Object> at = countingOnesPoint(new long[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5, 0.5});
        MultiFidelityFunction.Evaluation a = ONES.evaluation(at, 11);
        MultiFidelityFunction.Evaluation b = ONES.evaluation(at, 11);
        assertEquals(a.at(0.2), b.at(0.2), 0, "the same seed gives the same samples");
        assertEquals(a.at(1), b.at(1), 0);
        assertNotEquals(ONES.evaluation(at, 11).at(0.2), ONES.evaluation(at, 12).at(0.2));
        MultiFidelityFunction.Evaluation c = ONES.evaluation(at, 11);
        assertEquals(a.at(1), c.at(1), 0, "jumping to full budget draws the same samples as going there in steps");
        assertThrows(IllegalArgumentException.class, () -> c.at(0.5), "fidelities must not decrease");
        assertThrows(IllegalArgumentException.class, () -> ONES.evaluation(at, 1).at(0));
    }

    @Test
    void countingOnesRejectsValuesOutsideItsDomain() {
        IllegalArgumentException c = assertThrows(IllegalArgumentException.class,
                () -> ONES.exact(countingOnesPoint(new long[] {2, 0, 0}, new double[] {0, 0, 0, 0})));
        assertEquals("parameter c0 must be 0 or 1, but got 2", c.getMessage());
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> ONES.evaluation(countingOnesPoint(new long[] {0, 0, 0}, new double[] {0, 1.5, 0, 0}), 1));
        assertEquals("parameter x1 must be in [0, 1], but got 1.5", x.getMessage());
    }

    @Test
    void multiFidelityHartmannAtFullFidelityIsHartmann6() {
        BenchmarkFunction hartmann6 = BenchmarkFunctions.create("hartmann6", 6);
        assertEquals(hartmann6.optimum(), MF_HARTMANN.optimum());
        double[] minimizer = hartmann6.minimizers().get(0);
        assertEquals(hartmann6.optimum(), MF_HARTMANN.evaluation(xs(minimizer), 1).at(1), 1e-5);
        SplittableRandom rng = new SplittableRandom(3);
        for (int n = 0; n < 200; n++) {
            double[] x = new double[6];
            for (int i = 0; i < 6; i++) {
                x[i] = rng.nextDouble();
            }
            assertEquals(hartmann6.evaluate(x), MF_HARTMANN.evaluation(xs(x), n).at(1), 1e-15);
            assertEquals(hartmann6.evaluate(x), MF_HARTMANN.exact(xs(x)), 1e-15);
        }
    }

    @Test
    void lowerFidelitiesShiftEveryWeightDownByATenthOfOneMinusZ() {
        double[] x = {0.2, 0.4, 0.6, 0.1, 0.9, 0.5};
        double full = BenchmarkFunctions.create("hartmann6", 6).evaluate(x);
        // sum_i exp(-sum_j A_ij (x_j - P_ij)^2), by linearity from two fidelities
        MultiFidelityFunction.Evaluation e = MF_HARTMANN.evaluation(xs(x), 1);
        double atZero = ((MultiFidelityHartmann) MF_HARTMANN).at(x, 1e-12);
        double expSum = (atZero - full) / 0.1;
        assertTrue(expSum > 0);
        for (double z : new double[] {0.25, 0.5, 0.75, 1}) {
            assertEquals(full + 0.1 * (1 - z) * expSum, e.at(z), 1e-9, "at z=" + z);
        }
        double[] minimizer = BenchmarkFunctions.create("hartmann6", 6).minimizers().get(0);
        double lowFidelity = MF_HARTMANN.evaluation(xs(minimizer), 1).at(0.5);
        assertTrue(lowFidelity > -3.32237, "a lower fidelity is flattened upwards: " + lowFidelity);
    }
}

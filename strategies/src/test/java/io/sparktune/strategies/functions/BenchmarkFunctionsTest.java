package io.sparktune.strategies.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BenchmarkFunctionsTest {

    private static List<BenchmarkFunction> examples() {
        return List.of(
                BenchmarkFunctions.create("branin", 2), BenchmarkFunctions.create("hartmann3", 3),
                BenchmarkFunctions.create("hartmann6", 6), BenchmarkFunctions.create("rosenbrock", 2),
                BenchmarkFunctions.create("rosenbrock", 7), BenchmarkFunctions.create("levy", 1),
                BenchmarkFunctions.create("levy", 5), BenchmarkFunctions.create("ackley", 1),
                BenchmarkFunctions.create("ackley", 10));
    }

    @Test
    void namesAreTheSixFunctions() {
        assertEquals(List.of("branin", "hartmann3", "hartmann6", "rosenbrock", "levy", "ackley"),
                List.copyOf(BenchmarkFunctions.names()));
    }

    @Test
    void knownOptimaAreReachedAtTheirMinimizers() {
        assertEquals(0.397887, BenchmarkFunctions.create("branin", 2).optimum(), 0);
        assertEquals(-3.86278, BenchmarkFunctions.create("hartmann3", 3).optimum(), 0);
        assertEquals(-3.32237, BenchmarkFunctions.create("hartmann6", 6).optimum(), 0);
        for (BenchmarkFunction f : examples()) {
            assertEquals(f.dimension(), f.bounds().size(), f.name());
            for (double[] x : f.minimizers()) {
                assertEquals(f.optimum(), f.evaluate(x), 1e-5, f.name() + " at its minimizer");
                for (int i = 0; i < x.length; i++) {
                    assertTrue(x[i] >= f.bounds().get(i).low() && x[i] <= f.bounds().get(i).high(), f.name());
                }
            }
        }
    }

    @Test
    void braninHasThreeMinima() {
        assertEquals(3, BenchmarkFunctions.create("branin").orElseThrow().minimizers().size());
    }

    @Test
    void noPointOfTheDomainBeatsTheOptimum() {
        SplittableRandom rng = new SplittableRandom(1);
        for (BenchmarkFunction f : examples()) {
            for (int n = 0; n < 20_000; n++) {
                double[] x = new double[f.dimension()];
                for (int i = 0; i < x.length; i++) {
                    x[i] = rng.nextDouble(f.bounds().get(i).low(), f.bounds().get(i).high());
                }
                double value = f.evaluate(x);
                assertTrue(value >= f.optimum() - 1e-5, () -> f.name() + " is " + value + " below its optimum");
            }
        }
    }

    @Test
    void knownValues() {
        assertEquals(56 - 10 / (8 * Math.PI), BenchmarkFunctions.create("branin", 2).evaluate(new double[] {0, 0}),
                1e-12);
        assertEquals(1, BenchmarkFunctions.create("rosenbrock", 2).evaluate(new double[] {0, 0}), 0);
        assertEquals(2, BenchmarkFunctions.create("rosenbrock", 3).evaluate(new double[] {0, 0, 0}), 0);
        assertEquals(404, BenchmarkFunctions.create("rosenbrock", 2).evaluate(new double[] {-1, -1}), 1e-12);
        assertEquals(20 - 20 * Math.exp(-0.2), BenchmarkFunctions.create("ackley", 2).evaluate(new double[] {1, 1}),
                1e-12);
        assertEquals(0.625, BenchmarkFunctions.create("levy", 1).evaluate(new double[] {0}), 1e-12);
        double h3 = BenchmarkFunctions.create("hartmann3", 3).evaluate(new double[] {0.5, 0.5, 0.5});
        assertEquals(-0.6280, h3, 1e-4);
    }

    @Test
    void dimensionsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> BenchmarkFunctions.create("branin", 3));
        assertThrows(IllegalArgumentException.class, () -> BenchmarkFunctions.create("rosenbrock", 1));
        assertThrows(IllegalArgumentException.class, () -> BenchmarkFunctions.create("levy", 0));
        assertThrows(IllegalArgumentException.class, () -> BenchmarkFunctions.create("sphere", 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BenchmarkFunctions.create("ackley", 3).evaluate(new double[] {1, 2}));
        assertEquals("x must have 3 coordinates, but got 2", e.getMessage());
        assertEquals(2, BenchmarkFunctions.minDimension("rosenbrock"));
        assertTrue(BenchmarkFunctions.fixedDimension("levy").isEmpty());
        assertTrue(BenchmarkFunctions.create("levy").isEmpty());
    }
}

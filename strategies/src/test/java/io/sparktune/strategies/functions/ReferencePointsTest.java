package io.sparktune.strategies.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values of the six functions at fixed points. The Python versions that the Optuna comparison
 * ({@code strategies/benchmarks/compare_optuna.py check}) runs assert the same values, so both sides
 * search the same functions.
 */
class ReferencePointsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "branin;     2; 1.0 2.0;                   21.627635392062380",
        "branin;     2; -3.0 12.0;                 0.49791070978732320",
        "branin;     2; 7.5 0.5;                   14.017344494081822",
        "hartmann3;  3; 0.1 0.5 0.9;               -3.5190749610462375",
        "hartmann3;  3; 0.3 0.3 0.3;               -0.69832287377601020",
        "hartmann6;  6; 0.1 0.2 0.3 0.4 0.5 0.6;   -1.4069105761385297",
        "hartmann6;  6; 0.9 0.1 0.5 0.3 0.7 0.2;   -0.010124895473540380",
        "rosenbrock; 4; 0.5 -1 2 1.5;              886.5",
        "rosenbrock; 4; -2.5 3 0.25 8;             15029.703125",
        "levy;       5; 0.5 -2 3 1 -7;             11.125169098034707",
        "levy;       5; 9 -9.5 0.1 4 2;            86.716337472836730",
        "ackley;     5; 0.5 -2 3 1 -7;             11.076414599139973",
        "ackley;     5; 0.1 0.1 0.1 0.1 0.1;       0.86860899612194630"})
    void valuesAtReferencePoints(String name, int dimension, String point, double expected) {
        String[] parts = point.trim().split("\\s+");
        double[] x = new double[parts.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Double.parseDouble(parts[i]);
        }
        assertEquals(expected, BenchmarkFunctions.create(name, dimension).evaluate(x), 1e-12 * Math.max(1,
                Math.abs(expected)));
    }
}

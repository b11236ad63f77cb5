package io.sparktune.strategies.functions;

import java.util.List;

/**
 * The Branin (Branin-Hoo) function, two dimensions, three global minima:
 * {@code f(x) = a (x2 - b x1^2 + c x1 - r)^2 + s (1 - t) cos(x1) + s} with {@code a = 1},
 * {@code b = 5.1 / (4 pi^2)}, {@code c = 5 / pi}, {@code r = 6}, {@code s = 10},
 * {@code t = 1 / (8 pi)}, on {@code x1 in [-5, 10]}, {@code x2 in [0, 15]}; {@code f* = 0.397887} at
 * {@code (-pi, 12.275)}, {@code (pi, 2.275)} and {@code (9.42478, 2.475)}.
 * Dixon and Szego (1978), "The global optimisation problem: an introduction", in Towards Global
 * Optimisation 2; as given by Surjanovic and Bingham's Virtual Library of Simulation Experiments.
 */
record Branin() implements BenchmarkFunction {

    static final double A = 1;
    static final double B = 5.1 / (4 * Math.PI * Math.PI);
    static final double C = 5 / Math.PI;
    static final double R = 6;
    static final double S = 10;
    static final double T = 1 / (8 * Math.PI);

    @Override
    public String name() {
        return "branin";
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public List<Bounds> bounds() {
        return List.of(new Bounds(-5, 10), new Bounds(0, 15));
    }

    @Override
    public double optimum() {
        return 0.397887;
    }

    @Override
    public List<double[]> minimizers() {
        return List.of(new double[] {-Math.PI, 12.275}, new double[] {Math.PI, 2.275},
                new double[] {9.42478, 2.475});
    }

    @Override
    public double evaluate(double[] x) {
        BenchmarkFunction.requireDimension(x, 2);
        double inner = x[1] - B * x[0] * x[0] + C * x[0] - R;
        return A * inner * inner + S * (1 - T) * Math.cos(x[0]) + S;
    }
}

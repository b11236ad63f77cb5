package io.sparktune.strategies.functions;

import java.util.List;

/**
 * The Levy function, any dimension {@code d >= 1}, with {@code w_i = 1 + (x_i - 1) / 4}:
 * {@code f(x) = sin^2(pi w_1) + sum_{i=1..d-1} (w_i - 1)^2 [1 + 10 sin^2(pi w_i + 1)]
 * + (w_d - 1)^2 [1 + sin^2(2 pi w_d)]} on {@code [-10, 10]^d}; {@code f* = 0} at
 * {@code (1, ..., 1)}. Laguna and Marti (2005), "Experimental testing of advanced scatter search
 * designs for global optimization of multimodal functions", Journal of Global Optimization 33; as
 * given by Surjanovic and Bingham's Virtual Library of Simulation Experiments.
 */
record Levy(int dimension) implements BenchmarkFunction {

    static final int MIN_DIMENSION = 1;

    Levy {
        BenchmarkFunction.requireMinDimension(dimension, MIN_DIMENSION);
    }

    @Override
    public String name() {
        return "levy";
    }

    @Override
    public List<Bounds> bounds() {
        return Bounds.cube(-10, 10, dimension);
    }

    @Override
    public double optimum() {
        return 0;
    }

    @Override
    public List<double[]> minimizers() {
        return BenchmarkFunction.diagonalPoint(dimension, 1);
    }

    @Override
    public double evaluate(double[] x) {
        BenchmarkFunction.requireDimension(x, dimension);
        int d = x.length;
        double first = Math.sin(Math.PI * w(x[0]));
        double sum = first * first;
        for (int i = 0; i < d - 1; i++) {
            double wi = w(x[i]);
            double s = Math.sin(Math.PI * wi + 1);
            sum += (wi - 1) * (wi - 1) * (1 + 10 * s * s);
        }
        double wd = w(x[d - 1]);
        double last = Math.sin(2 * Math.PI * wd);
        return sum + (wd - 1) * (wd - 1) * (1 + last * last);
    }

    private static double w(double xi) {
        return 1 + (xi - 1) / 4;
    }
}

package io.sparktune.strategies.functions;

import java.util.List;

/**
 * The Rosenbrock function (the banana valley), any dimension {@code d >= 2}:
 * {@code f(x) = sum_{i=1..d-1} [100 (x_{i+1} - x_i^2)^2 + (x_i - 1)^2]} on {@code [-5, 10]^d};
 * {@code f* = 0} at {@code (1, ..., 1)}. Rosenbrock (1960), "An automatic method for finding the
 * greatest or least value of a function", The Computer Journal 3(3); as given by Surjanovic and
 * Bingham's Virtual Library of Simulation Experiments.
 */
record Rosenbrock(int dimension) implements BenchmarkFunction {

    static final int MIN_DIMENSION = 2;

    Rosenbrock {
        BenchmarkFunction.requireMinDimension(dimension, MIN_DIMENSION);
    }

    @Override
    public String name() {
        return "rosenbrock";
    }

    @Override
    public List<Bounds> bounds() {
        return Bounds.cube(-5, 10, dimension);
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
        double sum = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double valley = x[i + 1] - x[i] * x[i];
            sum += 100 * valley * valley + (x[i] - 1) * (x[i] - 1);
        }
        return sum;
    }
}

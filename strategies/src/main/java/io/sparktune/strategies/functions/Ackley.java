package io.sparktune.strategies.functions;

import java.util.List;

/**
 * The Ackley function, any dimension {@code d >= 1}, with {@code a = 20}, {@code b = 0.2},
 * {@code c = 2 pi}: {@code f(x) = -a exp(-b sqrt(sum x_i^2 / d)) - exp(sum cos(c x_i) / d) + a + e}
 * on {@code [-32.768, 32.768]^d}; {@code f* = 0} at the origin. Ackley (1987), "A connectionist
 * machine for genetic hillclimbing", Kluwer; as given by Surjanovic and Bingham's Virtual Library
 * of Simulation Experiments.
 */
record Ackley(int dimension) implements BenchmarkFunction {

    static final int MIN_DIMENSION = 1;
    static final double A = 20;
    static final double B = 0.2;
    static final double C = 2 * Math.PI;

    Ackley {
        BenchmarkFunction.requireMinDimension(dimension, MIN_DIMENSION);
    }

    @Override
    public String name() {
        return "ackley";
    }

    @Override
    public List<Bounds> bounds() {
        return Bounds.cube(-32.768, 32.768, dimension);
    }

    @Override
    public double optimum() {
        return 0;
    }

    @Override
    public List<double[]> minimizers() {
        return BenchmarkFunction.diagonalPoint(dimension, 0);
    }

    @Override
    public double evaluate(double[] x) {
        BenchmarkFunction.requireDimension(x, dimension);
        double squares = 0;
        double cosines = 0;
        for (double xi : x) {
            squares += xi * xi;
            cosines += Math.cos(C * xi);
        }
        int d = x.length;
        return -A * Math.exp(-B * Math.sqrt(squares / d)) - Math.exp(cosines / d) + A + Math.E;
    }
}

package io.sparktune.strategies.functions;

import java.util.Collections;
import java.util.List;

/**
 * The Hartmann functions, on {@code [0, 1]^d}:
 * {@code f(x) = -sum_{i=1..4} alpha_i exp(-sum_{j=1..d} A_ij (x_j - P_ij)^2)}, with the constants
 * below. Hartmann3: {@code f* = -3.86278} at {@code (0.114614, 0.555649, 0.852547)}; Hartmann6:
 * {@code f* = -3.32237} at {@code (0.20169, 0.150011, 0.476874, 0.275332, 0.311652, 0.6573)}.
 * Dixon and Szego (1978), "The global optimisation problem: an introduction"; Picheny, Wagner and
 * Ginsbourger (2012); constants as in Surjanovic and Bingham's Virtual Library of Simulation
 * Experiments.
 */
final class Hartmann implements BenchmarkFunction {

    /** The four weights alpha_i. */
    static final double[] ALPHA = {1.0, 1.2, 3.0, 3.2};

    private final String name;
    private final double optimum;
    private final double[] minimizer;
    private final double[] alpha;
    /** The 4 x d matrix A. */
    private final double[][] a;
    /** The 4 x d matrix P. */
    private final double[][] p;

    private Hartmann(String name, double optimum, double[] minimizer, double[] alpha, double[][] a, double[][] p) {
        this.name = name;
        this.optimum = optimum;
        this.minimizer = minimizer;
        this.alpha = alpha;
        this.a = a;
        this.p = p;
    }

    static Hartmann three() {
        double[][] a = {{3, 10, 30}, {0.1, 10, 35}, {3, 10, 30}, {0.1, 10, 35}};
        double[][] p = scaled(new double[][] {
                {3689, 1170, 2673}, {4699, 4387, 7470}, {1091, 8732, 5547}, {381, 5743, 8828}});
        return new Hartmann("hartmann3", -3.86278, new double[] {0.114614, 0.555649, 0.852547}, ALPHA, a, p);
    }

    static Hartmann six() {
        double[][] a = {
                {10, 3, 17, 3.5, 1.7, 8}, {0.05, 10, 17, 0.1, 8, 14},
                {3, 3.5, 1.7, 10, 17, 8}, {17, 8, 0.05, 10, 0.1, 14}};
        double[][] p = scaled(new double[][] {
                {1312, 1696, 5569, 124, 8283, 5886}, {2329, 4135, 8307, 3736, 1004, 9991},
                {2348, 1451, 3522, 2883, 3047, 6650}, {4047, 8828, 8732, 5743, 1091, 381}});
        return new Hartmann("hartmann6", -3.32237,
                new double[] {0.20169, 0.150011, 0.476874, 0.275332, 0.311652, 0.6573}, ALPHA, a, p);
    }

    private static double[][] scaled(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = new double[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                out[i][j] = m[i][j] * 1e-4;
            }
        }
        return out;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double optimum() {
        return optimum;
    }

    @Override
    public int dimension() {
        return minimizer.length;
    }

    @Override
    public List<Bounds> bounds() {
        return Bounds.cube(0, 1, dimension());
    }

    @Override
    public List<double[]> minimizers() {
        return Collections.singletonList(minimizer.clone());
    }

    @Override
    public double evaluate(double[] x) {
        return evaluate(x, alpha);
    }

    /** f(x) with the weights {@code weights} in place of alpha (the multi-fidelity variant shifts them). */
    double evaluate(double[] x, double[] weights) {
        BenchmarkFunction.requireDimension(x, dimension());
        if (weights.length != alpha.length) {
            throw new IllegalArgumentException("weights must have " + alpha.length + " values, but got "
                    + weights.length);
        }
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            double inner = 0;
            for (int j = 0; j < x.length; j++) {
                double d = x[j] - p[i][j];
                inner += a[i][j] * d * d;
            }
            sum += weights[i] * Math.exp(-inner);
        }
        return -sum;
    }
}

package io.sparktune.strategies.functions;

import java.util.List;

/** A test function to minimise, with its usual domain and its known global minimum there. */
public interface BenchmarkFunction {

    /** The registered name, such as {@code branin}. */
    String name();

    /** How many coordinates {@link #evaluate} takes. */
    int dimension();

    /** The usual search domain, one interval per coordinate. */
    List<Bounds> bounds();

    /** The global minimum value f* on {@link #bounds()}. */
    double optimum();

    /** The points where f* is reached (each a fresh array of {@link #dimension()} coordinates). */
    List<double[]> minimizers();

    /** f(x); {@code x} must have {@link #dimension()} coordinates. */
    double evaluate(double[] x);

    /** Throws unless {@code x} has {@code dimension} coordinates. */
    static void requireDimension(double[] x, int dimension) {
        if (x.length != dimension) {
            throw new IllegalArgumentException(
                    "x must have " + dimension + " coordinates, but got " + x.length);
        }
    }

    /** Throws unless {@code dimension >= min}: the constructor check of the functions of any dimension. */
    static void requireMinDimension(int dimension, int min) {
        if (dimension < min) {
            throw new IllegalArgumentException(
                    "dimension >= " + min + " must hold, but got dimension=" + dimension);
        }
    }

    /** The single point whose coordinates all equal {@code coordinate}, as a list of minimizers. */
    static List<double[]> diagonalPoint(int dimension, double coordinate) {
        double[] point = new double[dimension];
        java.util.Arrays.fill(point, coordinate);
        return List.<double[]>of(point);
    }
}

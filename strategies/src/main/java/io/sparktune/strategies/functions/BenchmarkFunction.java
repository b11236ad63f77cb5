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
}

package io.sparktune.strategies.functions;

/** The usual search interval of one coordinate of a benchmark function. */
public record Bounds(double low, double high) {

    public Bounds {
        if (!(low < high)) {
            throw new IllegalArgumentException("low < high must hold, but got low=" + low + ", high=" + high);
        }
    }

    /** The same interval for each of {@code dimension} coordinates. */
    static java.util.List<Bounds> cube(double low, double high, int dimension) {
        return java.util.Collections.nCopies(dimension, new Bounds(low, high));
    }
}

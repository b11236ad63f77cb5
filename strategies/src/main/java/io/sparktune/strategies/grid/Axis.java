package io.sparktune.strategies.grid;

import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.Domain;
import io.sparktune.space.FixedDomain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.Values;
import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * The values one parameter takes in the grid, computed on demand so that a long int range costs no
 * memory.
 *
 * @param size how many values
 * @param valueAt the k-th value, {@code 0 <= k < size}
 * @param indexOf the index of a (normalised) value, or -1 when it is not on this axis
 */
record Axis(int size, IntFunction<Object> valueAt, ToIntFunction<Object> indexOf) {

    /** Relative tolerance when matching a float value to a grid point. */
    static final double TOLERANCE = 1e-9;

    /** The axis of a finite domain (anything but a float without step). */
    static Axis of(Domain domain) {
        if (domain instanceof FloatDomain f) {
            return ofStep(f);
        }
        if (domain instanceof IntDomain i) {
            return new Axis(Math.toIntExact(i.size()), k -> i.valueAt(k),
                    v -> i.contains(v) ? Math.toIntExact(((Long) v - i.low()) / i.step()) : -1);
        }
        if (domain instanceof CategoricalDomain c) {
            return new Axis(c.choices().size(), c.choices()::get, c::indexOf);
        }
        FixedDomain fixed = (FixedDomain) domain;
        return new Axis(1, k -> fixed.value(), v -> fixed.contains(v) ? 0 : -1);
    }

    private static Axis ofStep(FloatDomain f) {
        return new Axis(Math.toIntExact(f.gridSize()), k -> f.gridPoint(k),
                v -> f.contains(v) ? (int) Math.round(((Double) v - f.low()) / f.step()) : -1);
    }

    /** {@code n} evenly spaced points of a float range (log-spaced when {@code log}), endpoints included. */
    static Axis spaced(FloatDomain f, int n) {
        double[] points = spacedPoints(f, n);
        return new Axis(points.length, k -> points[k], v -> nearest(points, v));
    }

    static double[] spacedPoints(FloatDomain f, int n) {
        if (f.low() == f.high()) {
            return new double[] {f.low()};
        }
        double a = f.log() ? Math.log(f.low()) : f.low();
        double b = f.log() ? Math.log(f.high()) : f.high();
        double[] points = new double[n];
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            double t = a + (b - a) * k / (n - 1);
            double x = k == 0 ? f.low() : k == n - 1 ? f.high() : f.log() ? Math.exp(t) : t;
            x = Math.max(f.low(), Math.min(f.high(), x));
            if (distinct == 0 || x > points[distinct - 1]) {
                points[distinct++] = x;
            }
        }
        return Arrays.copyOf(points, distinct);
    }

    private static int nearest(double[] points, Object value) {
        if (!(value instanceof Double x)) {
            return -1;
        }
        int i = Arrays.binarySearch(points, x);
        if (i >= 0) {
            return i;
        }
        int above = -i - 1;
        for (int k = Math.max(0, above - 1); k <= Math.min(points.length - 1, above); k++) {
            if (Math.abs(points[k] - x) <= TOLERANCE * Math.max(1, Math.abs(x))) {
                return k;
            }
        }
        return -1;
    }

    /** The index of {@code value} (normalised first), or -1. */
    int index(Object value) {
        return indexOf.applyAsInt(Values.normalize(value));
    }
}

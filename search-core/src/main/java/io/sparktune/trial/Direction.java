package io.sparktune.trial;

/** Whether smaller or larger objective values are better. */
public enum Direction {
    MINIMIZE,
    MAXIMIZE;

    /** Whether {@code a} is strictly better than {@code b}. NaN is never better. */
    public boolean isBetter(double a, double b) {
        if (Double.isNaN(a)) {
            return false;
        }
        if (Double.isNaN(b)) {
            return true;
        }
        return this == MINIMIZE ? a < b : a > b;
    }

    /** A comparator that orders better values first. */
    public java.util.Comparator<Double> better() {
        java.util.Comparator<Double> ascending = Double::compare;
        return this == MINIMIZE ? ascending : ascending.reversed();
    }

    /** {@code value} turned so that smaller is better: itself when minimising, its negation otherwise. */
    public double asLoss(double value) {
        return this == MINIMIZE ? value : -value;
    }

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

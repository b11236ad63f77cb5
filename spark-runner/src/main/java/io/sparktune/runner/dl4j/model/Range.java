package io.sparktune.runner.dl4j.model;

/**
 * The numbers a numeric hyperparameter may take: from {@code low} to {@code high}, each end included
 * or not; an infinite end is no bound.
 */
record Range(double low, boolean lowIncluded, double high, boolean highIncluded) {

    Range {
        if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("low <= high must hold, but got low=" + low + ", high=" + high);
        }
    }

    /** {@code [low, high]}. */
    static Range closed(double low, double high) {
        return new Range(low, true, high, true);
    }

    /** {@code [low, high)}. */
    static Range closedOpen(double low, double high) {
        return new Range(low, true, high, false);
    }

    /** {@code (low, high]}. */
    static Range openClosed(double low, double high) {
        return new Range(low, false, high, true);
    }

    /** {@code (low, high)}. */
    static Range open(double low, double high) {
        return new Range(low, false, high, false);
    }

    /** Every number above {@code low}: {@code (low, infinity)}. */
    static Range above(double low) {
        return new Range(low, false, Double.POSITIVE_INFINITY, false);
    }

    boolean contains(double x) {
        if (Double.isNaN(x)) {
            return false;
        }
        boolean aboveLow = lowIncluded ? x >= low : x > low;
        boolean belowHigh = highIncluded ? x <= high : x < high;
        return aboveLow && belowHigh;
    }

    /** The range as a message says it: "between 1 and 10", "in [0, 1)", "> 0". */
    String describe() {
        boolean bounded = Double.isFinite(high);
        if (!bounded) {
            return (lowIncluded ? ">= " : "> ") + format(low);
        }
        if (lowIncluded && highIncluded) {
            return "between " + format(low) + " and " + format(high);
        }
        return "in " + (lowIncluded ? "[" : "(") + format(low) + ", " + format(high) + (highIncluded ? "]" : ")");
    }

    static String format(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
    }
}

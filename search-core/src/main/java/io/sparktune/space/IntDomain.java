package io.sparktune.space;

/**
 * Integers {@code low, low + step, ..., high}, optionally drawn in log space. As in Optuna,
 * {@code log} requires {@code step == 1}.
 */
public record IntDomain(long low, long high, boolean log, long step) implements Domain {

    public IntDomain {
        if (low > high) {
            throw new IllegalArgumentException("low <= high must hold, but got low=" + low + ", high=" + high);
        }
        if (step < 1) {
            throw new IllegalArgumentException("step >= 1 must hold, but got step=" + step);
        }
        if (log && low < 1) {
            throw new IllegalArgumentException("low >= 1 must hold when log is true, but got low=" + low);
        }
        if (log && step != 1) {
            throw new IllegalArgumentException("step and log cannot be used together, but got step=" + step);
        }
        if ((high - low) % step != 0) {
            throw new IllegalArgumentException("high - low must be a multiple of step, but got low=" + low
                    + ", high=" + high + ", step=" + step);
        }
    }

    public static IntDomain of(long low, long high) {
        return new IntDomain(low, high, false, 1);
    }

    /** How many values this domain holds. */
    public long size() {
        return (high - low) / step + 1;
    }

    /** The k-th value, {@code low + k * step}. */
    public long valueAt(long k) {
        return low + k * step;
    }

    /** Rounds {@code x} to the closest value of this domain. */
    public long snap(double x) {
        double clamped = Math.max(low, Math.min(high, x));
        return valueAt(Math.round((clamped - low) / step));
    }

    @Override
    public boolean contains(Object value) {
        return value instanceof Long v && v >= low && v <= high && (v - low) % step == 0;
    }

    @Override
    public String typeName() {
        return "int";
    }
}

package io.sparktune.space;

/**
 * Real numbers in {@code [low, high]}, optionally drawn in log space ({@code log}) or on the grid
 * {@code low + k * step}. As in Optuna, {@code log} and {@code step} do not go together.
 *
 * @param step the grid spacing, or {@code null} for a continuous range
 */
public record FloatDomain(double low, double high, boolean log, Double step) implements Domain {

    /** Relative tolerance for values on a step grid. */
    static final double GRID_TOLERANCE = 1e-9;

    public FloatDomain {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("low and high must be finite, but got low=" + low + ", high=" + high);
        }
        if (low > high) {
            throw new IllegalArgumentException("low <= high must hold, but got low=" + low + ", high=" + high);
        }
        if (log && low <= 0) {
            throw new IllegalArgumentException("low > 0 must hold when log is true, but got low=" + low);
        }
        if (step != null) {
            if (log) {
                throw new IllegalArgumentException("step and log cannot be used together, but got step=" + step);
            }
            if (!(step > 0) || !Double.isFinite(step)) {
                throw new IllegalArgumentException("step > 0 must hold, but got step=" + step);
            }
            double k = (high - low) / step;
            if (Math.abs(k - Math.rint(k)) > GRID_TOLERANCE * Math.max(1, k)) {
                throw new IllegalArgumentException("high - low must be a multiple of step, but got low=" + low
                        + ", high=" + high + ", step=" + step);
            }
        }
    }

    public static FloatDomain of(double low, double high) {
        return new FloatDomain(low, high, false, null);
    }

    public static FloatDomain logOf(double low, double high) {
        return new FloatDomain(low, high, true, null);
    }

    /** The number of grid points when {@code step} is set ({@code (high - low) / step + 1}); -1 otherwise. */
    public long gridSize() {
        return step == null ? -1 : Math.round((high - low) / step) + 1;
    }

    /** The k-th point of the step grid, {@code low + k * step}, clamped to {@code high}. */
    public double gridPoint(long k) {
        if (step == null) {
            throw new IllegalStateException("no step grid: step is not set");
        }
        return Math.min(high, low + k * step);
    }

    /** Rounds {@code x} to the closest value of this domain (clamped, and on the step grid if any). */
    public double snap(double x) {
        double clamped = Math.max(low, Math.min(high, x));
        if (step == null) {
            return clamped;
        }
        return gridPoint(Math.round((clamped - low) / step));
    }

    @Override
    public boolean contains(Object value) {
        if (!(value instanceof Double d) || d.isNaN() || d < low || d > high) {
            return false;
        }
        if (step == null) {
            return true;
        }
        double k = (d - low) / step;
        return Math.abs(k - Math.rint(k)) <= GRID_TOLERANCE * Math.max(1, Math.abs(k));
    }

    @Override
    public String typeName() {
        return "float";
    }
}

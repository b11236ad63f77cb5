package io.sparktune.trial;

/**
 * How a trial's reported values become its final value ({@code objective.reduce}), for trainers
 * that report a curve, such as one value per epoch.
 */
public enum Reduce {
    /** The best value reported, in the objective's direction: early stopping's "best epoch". */
    BEST,
    /** The last value reported. */
    LAST;

    /** The JSON name. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

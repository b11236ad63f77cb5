package io.sparktune.runner.dl4j;

import io.sparktune.trial.Direction;
import io.sparktune.trial.Reduce;

/**
 * A trial's final value from the values it reported, as {@code objective.reduce} says: the best one
 * in the objective's direction (the epoch that early stopping would keep) or the last one. Not
 * thread-safe: one per trial.
 */
final class FinalValue {

    private final Reduce reduce;
    private final Direction direction;
    private double best = Double.NaN;
    private double last = Double.NaN;

    FinalValue(Reduce reduce, Direction direction) {
        this.reduce = reduce;
        this.direction = direction;
    }

    void add(double value) {
        last = value;
        if (Double.isNaN(best) || (direction == Direction.MINIMIZE ? value < best : value > best)) {
            best = value;
        }
    }

    /** The final value; NaN when nothing was added. */
    double value() {
        return reduce == Reduce.BEST ? best : last;
    }

    /** The value added last; NaN when nothing was added. */
    double last() {
        return last;
    }
}

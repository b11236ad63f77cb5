package io.sparktune.trial;

import java.util.Objects;

/**
 * What a study optimises: the name of the metric trials report, its direction, and how a trial's
 * reports become its final value where the trainer leaves that choice to the study.
 */
public record Objective(String metric, Direction direction, Reduce reduce) {

    /** An objective whose trials' final value is their best report. */
    public Objective(String metric, Direction direction) {
        this(metric, direction, Reduce.BEST);
    }

    public Objective {
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("metric must not be blank, but got \"" + metric + "\"");
        }
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(reduce, "reduce");
    }
}

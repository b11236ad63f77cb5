package io.sparktune.trial;

import java.util.Objects;

/** What a study optimises: the name of the metric trials report, and its direction. */
public record Objective(String metric, Direction direction) {

    public Objective {
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("metric must not be blank, but got \"" + metric + "\"");
        }
        Objects.requireNonNull(direction, "direction");
    }
}

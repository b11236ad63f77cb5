package io.sparktune.strategies.evolution;

import io.sparktune.trial.Trial;
import java.util.Objects;

/** A trial of the population and how it ranks. */
record Member(Trial trial, Fitness fitness) {

    Member {
        Objects.requireNonNull(trial, "trial");
        Objects.requireNonNull(fitness, "fitness");
    }

    /** Whether this member wins a tournament against {@code other}: better fitness, or equal and newer. */
    boolean beats(Member other) {
        int c = fitness.compareTo(other.fitness);
        return c < 0 || (c == 0 && trial.number() > other.trial.number());
    }
}

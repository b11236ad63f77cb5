package io.sparktune.study;

import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import java.util.Objects;
import java.util.Optional;

/**
 * How a study run ended.
 *
 * @param message what a person reads, such as
 *     {@code "stopped after 3 failed trials (maxFailures 3); last failure: trial 7: out of memory"}
 * @param history every trial as the run left it
 * @param best the best completed trial, if any
 */
public record StudyOutcome(StopReason reason, String message, History history, Optional<Trial> best) {

    public StudyOutcome {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(best, "best");
    }
}

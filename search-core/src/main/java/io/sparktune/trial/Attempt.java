package io.sparktune.trial;

import java.time.Instant;
import java.util.List;

/**
 * An earlier, ended attempt of a trial that was retried. It keeps what that attempt reported and
 * why it ended.
 *
 * @param value the attempt's final value, or {@code null} if it had none
 * @param reason why it ended, or {@code null}
 */
public record Attempt(int index, TrialState state, Double value, List<Report> reports, String reason,
        Instant startedAt, Instant endedAt) implements java.io.Serializable {

    public Attempt {
        if (!state.isFinished()) {
            throw new IllegalArgumentException("an attempt must have ended, but its state is " + state);
        }
        reports = List.copyOf(reports);
    }
}

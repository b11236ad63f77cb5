package io.sparktune.dashboard.ui;

import io.sparktune.trial.Attempt;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One attempt of a trial as its page lists it: the ended ones that were retried, then the current one.
 *
 * @param index the attempt's number, from 0
 * @param current whether it is the trial's current attempt
 */
record AttemptRow(int index, boolean current, TrialState state, Double value, int reports, String reason,
        Instant startedAt, Instant endedAt) {

    /** Every attempt of {@code trial}, oldest first. */
    static List<AttemptRow> of(Trial trial) {
        List<AttemptRow> rows = new ArrayList<>();
        for (Attempt a : trial.attempts()) {
            rows.add(new AttemptRow(a.index(), false, a.state(), a.value(), a.reports().size(), a.reason(),
                    a.startedAt(), a.endedAt()));
        }
        rows.add(new AttemptRow(trial.attemptIndex(), true, trial.state(), trial.value(), trial.reports().size(),
                Leaderboard.reason(trial), trial.startedAt(), trial.endedAt()));
        return rows;
    }
}

package io.sparktune.dashboard.ui;

import io.sparktune.dashboard.data.StudySummary;
import io.sparktune.trial.TrialState;
import java.util.ArrayList;
import java.util.List;

/** A study's summary in one line: {@code running · 42 trials · 30 completed · 8 pruned · best 0.9731 (#17)}. */
final class StudySummaryLine {

    private static final List<TrialState> ORDER = List.of(TrialState.RUNNING, TrialState.COMPLETED,
            TrialState.PRUNED, TrialState.FAILED, TrialState.STALE, TrialState.WAITING);

    private StudySummaryLine() {
    }

    static String of(StudySummary summary) {
        List<String> parts = new ArrayList<>();
        parts.add(summary.phase().jsonName());
        parts.add(summary.trials() + (summary.trials() == 1 ? " trial" : " trials")
                + (summary.maxTrials() == null ? "" : " of " + summary.maxTrials()));
        for (TrialState state : ORDER) {
            int count = summary.counts().getOrDefault(state, 0);
            if (count > 0) {
                parts.add(count + " " + state.jsonName());
            }
        }
        if (summary.bestValue() != null) {
            parts.add("best " + Formats.value(summary.bestValue())
                    + (summary.bestTrial() == null ? "" : " (#" + summary.bestTrial() + ")"));
        }
        parts.add(summary.direction());
        parts.add(summary.strategy() + (summary.scheduler() == null ? "" : " + " + summary.scheduler()));
        if (summary.message() != null) {
            parts.add(summary.message());
        }
        return String.join(" · ", parts);
    }
}

package io.sparktune.dashboard.ui;

import io.sparktune.dashboard.data.StudyPhase;
import io.sparktune.dashboard.data.StudySnapshot;
import io.sparktune.dashboard.data.StudySummary;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Study snapshots written out for page tests. */
final class Snapshots {

    static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

    private Snapshots() {
    }

    static Trial trial(int number, TrialState state, Double value, double lr, String optimizer, int reports) {
        List<Report> curve = java.util.stream.IntStream.rangeClosed(1, reports)
                .mapToObj(step -> new Report(step, 1.0 / step)).toList();
        return new Trial(number, Map.of("lr", lr, "optimizer", optimizer), state, value, curve,
                state == TrialState.PRUNED ? "rung 1: not in the top 1/3" : null, T0, T0,
                state.isFinished() ? T0.plusSeconds(10 + number) : null, List.of(), null, null, T0);
    }

    /** A minimizing study of {@code trials}, its summary counted from them. */
    static StudySnapshot of(String id, List<Trial> trials) {
        History history = new History(Direction.MINIMIZE, trials);
        Map<TrialState, Integer> counts = new EnumMap<>(TrialState.class);
        for (TrialState state : TrialState.values()) {
            counts.put(state, (int) history.count(state));
        }
        Trial best = history.best().orElse(null);
        StudySummary summary = new StudySummary(id, StudyPhase.RUNNING, "minimize", "tpe", "asha", trials.size(), 30,
                counts, best == null ? null : best.value(), best == null ? null : best.number(), T0, T0, null, null);
        return new StudySnapshot(summary, "{\"name\": \"" + id + "\"}", history, List.of("lr", "optimizer"));
    }
}

package io.sparktune.dashboard.api;

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

/** Study snapshots written out by hand for tests of the API with no control plane. */
final class Snapshots {

    static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");
    static final String STUDY_JSON = "{\"name\": \"s\", \"objective\": {\"direction\": \"minimize\"}}";

    private Snapshots() {
    }

    static Trial trial(int number, TrialState state, Double value, double x) {
        List<Report> reports = value == null ? List.of() : List.of(new Report(1, value));
        Instant ended = state.isFinished() ? T0.plusSeconds(10 + number) : null;
        return new Trial(number, Map.of("x", x), state, value, reports, null, T0, T0, ended, List.of(), null, null,
                null);
    }

    /**
     * Study {@code id}, running since T0, minimizing: trial 0 completed at 3.0, 1 completed at 1.0,
     * 2 pruned at 0.5, 3 running.
     */
    static StudySnapshot running(String id) {
        History history = new History(Direction.MINIMIZE, List.of(trial(0, TrialState.COMPLETED, 3.0, 0.1),
                trial(1, TrialState.COMPLETED, 1.0, 0.2), trial(2, TrialState.PRUNED, 0.5, 0.3),
                trial(3, TrialState.RUNNING, null, 0.4)));
        Map<TrialState, Integer> counts = new EnumMap<>(TrialState.class);
        counts.put(TrialState.COMPLETED, 2);
        counts.put(TrialState.PRUNED, 1);
        counts.put(TrialState.RUNNING, 1);
        StudySummary summary = new StudySummary(id, StudyPhase.RUNNING, "minimize", "random", null, 4, 20, counts,
                1.0, 1, T0.minusSeconds(60), T0, null, null);
        return new StudySnapshot(summary, STUDY_JSON, history, List.of("x"));
    }

    /** Study {@code id}, created and never started: no trial. */
    static StudySnapshot idle(String id) {
        StudySummary summary = new StudySummary(id, StudyPhase.IDLE, "maximize", "tpe", "asha", 0, null, Map.of(),
                null, null, T0, null, null, null);
        return new StudySnapshot(summary, "{\"name\": \"" + id + "\"}", History.empty(Direction.MAXIMIZE), List.of());
    }
}

package io.sparktune.dashboard.api;

import io.sparktune.dashboard.data.StopResult;
import io.sparktune.dashboard.data.StudyCatalog;
import io.sparktune.dashboard.data.StudyPhase;
import io.sparktune.dashboard.data.StudySnapshot;
import io.sparktune.dashboard.data.StudySummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A catalog of snapshots held in memory; a stop is recorded for a running study only. */
final class FakeCatalog implements StudyCatalog {

    private final Map<String, StudySnapshot> snapshots = new LinkedHashMap<>();
    final List<String> stops = new ArrayList<>();

    FakeCatalog with(StudySnapshot snapshot) {
        snapshots.put(snapshot.id(), snapshot);
        return this;
    }

    @Override
    public List<StudySummary> studies() {
        return snapshots.values().stream().map(StudySnapshot::summary).toList();
    }

    @Override
    public Optional<StudySnapshot> snapshot(String id) {
        return Optional.ofNullable(snapshots.get(id));
    }

    @Override
    public StopResult requestStop(String id, String reason) {
        StudySnapshot snapshot = snapshots.get(id);
        if (snapshot == null) {
            return StopResult.UNKNOWN_STUDY;
        }
        if (snapshot.summary().phase() != StudyPhase.RUNNING) {
            return StopResult.ALREADY_ENDED;
        }
        stops.add(id + ": " + reason);
        return StopResult.REQUESTED;
    }

    @Override
    public Subscription subscribe(String id, Runnable changed) {
        return () -> { };
    }
}

package io.sparktune.cli;

import io.sparktune.runner.studydir.StudyDirectory;
import io.sparktune.study.StudyListener;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Follows a run as trials end: appends each ended trial to {@code trials.jsonl}, rewrites
 * {@code best.json} whenever the best changes, and tells the progress display. Its listener
 * methods are called from the executor's threads; they run one at a time.
 */
final class RunTracker implements StudyListener {

    private final StudyDirectory directory;
    private final String study;
    private final Direction direction;
    private final OptionalInt total;
    private final Progress progress;
    private final Instant startedAt;
    private int completed;
    private int pruned;
    private int failed;
    private Trial best;

    RunTracker(StudyDirectory directory, String study, History initial, OptionalInt total, Progress progress,
            Instant startedAt) {
        this.directory = directory;
        this.study = study;
        this.direction = initial.direction();
        this.total = total;
        this.progress = progress;
        this.startedAt = startedAt;
        initial.trials().forEach(this::count);
        this.best = initial.best().orElse(null);
        if (best != null) {
            directory.writeBest(study, direction, best);
        }
        progress.started(snapshot());
    }

    @Override
    public synchronized void trialFinished(Trial trial) {
        count(trial);
        if (trial.state() == TrialState.COMPLETED && trial.value() != null && !trial.value().isNaN()
                && (best == null || direction.isBetter(trial.value(), best.value()))) {
            best = trial;
            directory.writeBest(study, direction, best);
        }
        directory.appendTrial(trial);
        progress.trialFinished(trial, snapshot());
    }

    synchronized RunSnapshot snapshot() {
        return new RunSnapshot(completed + pruned + failed, completed, pruned, failed, total,
                Optional.ofNullable(best), startedAt);
    }

    private void count(Trial trial) {
        switch (trial.state()) {
            case COMPLETED -> completed++;
            case PRUNED -> pruned++;
            case FAILED -> failed++;
            default -> {
                // running, waiting or stale trials have not ended for good
            }
        }
    }
}

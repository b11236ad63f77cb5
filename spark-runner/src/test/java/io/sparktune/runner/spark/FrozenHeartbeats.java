package io.sparktune.runner.spark;

import io.sparktune.scheduler.Scheduler;
import io.sparktune.store.Reported;
import io.sparktune.store.StudyStore;
import io.sparktune.store.TrialProposer;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.Optional;

/**
 * A store as the worker of attempt 0 of trial 0 sees it when its process freezes (a long pause, a
 * stopped container): its heartbeats never arrive. Everything else goes to the real store.
 */
final class FrozenHeartbeats implements StudyStore {

    private final StudyStore store;

    FrozenHeartbeats(StudyStore store) {
        this.store = store;
    }

    @Override
    public boolean heartbeat(int number, int attempt, Instant now) {
        return number == 0 && attempt == 0 || store.heartbeat(number, attempt, now);
    }

    @Override
    public Optional<Trial> createTrial(TrialProposer proposer, Instant now) {
        return store.createTrial(proposer, now);
    }

    @Override
    public Reported report(int number, int attempt, Report report, Scheduler scheduler, Instant now) {
        return store.report(number, attempt, report, scheduler, now);
    }

    @Override
    public boolean claim(int number, int attempt, String worker, Instant now) {
        return store.claim(number, attempt, worker, now);
    }

    @Override
    public Trial requestStop(int number, String reason) {
        return store.requestStop(number, reason);
    }

    @Override
    public Trial finish(int number, TrialState state, Double value, String reason, Instant now) {
        return store.finish(number, state, value, reason, now);
    }

    @Override
    public Trial retry(int number, Instant now) {
        return store.retry(number, now);
    }

    @Override
    public History history() {
        return store.history();
    }
}

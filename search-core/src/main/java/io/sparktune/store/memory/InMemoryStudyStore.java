package io.sparktune.store.memory;

import io.sparktune.scheduler.Scheduler;
import io.sparktune.space.Values;
import io.sparktune.store.ReportRules;
import io.sparktune.store.Reported;
import io.sparktune.store.Stores;
import io.sparktune.store.StudyStore;
import io.sparktune.store.TrialProposer;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * The trials of one study in memory. Every write takes one lock, so trial creation is atomic and
 * concurrent writers lose nothing; reads return the latest immutable {@link History} without
 * locking. Nothing survives the process.
 */
public final class InMemoryStudyStore implements StudyStore {

    private final ReentrantLock lock = new ReentrantLock();
    private volatile History history;

    public InMemoryStudyStore(Direction direction) {
        this.history = History.empty(Objects.requireNonNull(direction, "direction"));
    }

    @Override
    public Optional<Trial> createTrial(TrialProposer proposer, Instant now) {
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(now, "now");
        lock.lock();
        try {
            History current = history;
            int number = current.size();
            Optional<Map<String, Object>> params = proposer.propose(number, current);
            if (params.isEmpty()) {
                return Optional.empty();
            }
            Trial trial = Trial.created(number, normalized(params.get()), TrialState.RUNNING, now);
            history = current.with(trial);
            return Optional.of(trial);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Reported report(int number, int attempt, Report report, Scheduler scheduler, Instant now) {
        lock.lock();
        try {
            ReportRules.Applied applied = ReportRules.apply(history, number, attempt, report, scheduler, now);
            if (applied.updated() != null) {
                history = history.with(applied.updated());
            }
            return applied.reported();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean claim(int number, int attempt, String worker, Instant now) {
        return change(h -> ReportRules.claim(h, number, attempt, worker, now));
    }

    @Override
    public boolean heartbeat(int number, int attempt, Instant now) {
        return change(h -> ReportRules.heartbeat(h, number, attempt, null, now));
    }

    @Override
    public Trial requestStop(int number, String reason) {
        return update(number, t -> t.isFinished() ? t : t.stopping(reason));
    }

    @Override
    public Trial finish(int number, TrialState state, Double value, String reason, Instant now) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(now, "now");
        return update(number, t -> t.finished(state, value, reason, now));
    }

    @Override
    public Trial retry(int number, Instant now) {
        Objects.requireNonNull(now, "now");
        return update(number, t -> t.retried(now));
    }

    @Override
    public History history() {
        return history;
    }

    private boolean change(java.util.function.Function<History, Trial> rule) {
        lock.lock();
        try {
            Trial updated = rule.apply(history);
            if (updated == null) {
                return false;
            }
            history = history.with(updated);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private Trial update(int number, UnaryOperator<Trial> change) {
        lock.lock();
        try {
            History current = history;
            Trial updated = change.apply(Stores.existing(current, number));
            history = current.with(updated);
            return updated;
        } finally {
            lock.unlock();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> normalized(Map<String, Object> params) {
        return (Map<String, Object>) Values.normalize(params);
    }
}

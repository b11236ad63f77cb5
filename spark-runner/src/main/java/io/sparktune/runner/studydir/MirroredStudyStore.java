package io.sparktune.runner.studydir;

import io.sparktune.scheduler.Scheduler;
import io.sparktune.store.Reported;
import io.sparktune.store.StudyStore;
import io.sparktune.store.TrialProposer;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The driver's store when a study directory runs on a live store (the Hazelcast store that Spark's
 * executors report to): the live store answers everything, and the directory's durable store, the
 * mirror, is kept up to date as trials are created, end and are retried, so that a run that is
 * killed resumes from the directory with every ended trial and its reports.
 *
 * <ul>
 *   <li>Reports, claims, heartbeats and stop requests go to the live store only: they come many
 *       times a second, often from other threads or processes.</li>
 *   <li>When a trial ends, the reports of its attempt that the mirror lacks are copied over (with
 *       the stop reason, after them, since a mirror refuses reports after a stop), then both stores
 *       record the end.</li>
 *   <li>A trial still running when the process dies is in the mirror without its reports; resuming
 *       ends it STALE and runs it again, as for any trial whose process died.</li>
 * </ul>
 * Both stores must hold the same trials when this is made ({@link StoreReplay} seeds the live
 * store from the mirror).
 */
public final class MirroredStudyStore implements StudyStore {

    private final StudyStore live;
    private final StudyStore mirror;

    /**
     * @throws IllegalArgumentException when the two stores do not hold the same number of trials
     */
    public MirroredStudyStore(StudyStore live, StudyStore mirror) {
        this.live = Objects.requireNonNull(live, "live");
        this.mirror = Objects.requireNonNull(mirror, "mirror");
        int inLive = live.history().size();
        int inMirror = mirror.history().size();
        if (inLive != inMirror) {
            throw new IllegalArgumentException("the live store and its mirror must hold the same trials, but got "
                    + inLive + " and " + inMirror);
        }
    }

    @Override
    public synchronized Optional<Trial> createTrial(TrialProposer proposer, Instant now) {
        Optional<Trial> created = live.createTrial(proposer, now);
        created.ifPresent(trial -> {
            Trial copy = mirror.createTrial((n, h) -> Optional.of(trial.params()), trial.createdAt()).orElseThrow();
            if (copy.number() != trial.number()) {
                throw new IllegalStateException("the mirror numbered trial " + trial.number() + " as "
                        + copy.number() + ": it is no longer a copy of the live store");
            }
        });
        return created;
    }

    @Override
    public Reported report(int number, int attempt, Report report, Scheduler scheduler, Instant now) {
        return live.report(number, attempt, report, scheduler, now);
    }

    @Override
    public boolean claim(int number, int attempt, String worker, Instant now) {
        return live.claim(number, attempt, worker, now);
    }

    @Override
    public boolean heartbeat(int number, int attempt, Instant now) {
        return live.heartbeat(number, attempt, now);
    }

    @Override
    public Trial requestStop(int number, String reason) {
        return live.requestStop(number, reason);
    }

    @Override
    public synchronized Trial finish(int number, TrialState state, Double value, String reason, Instant now) {
        Trial ended = live.finish(number, state, value, reason, now);
        Trial copy = mirror.trial(number).orElseThrow();
        StoreReplay.reports(mirror, number, ended.attemptIndex(),
                ended.reports().subList(Math.min(copy.reports().size(), ended.reports().size()), ended.reports().size()),
                ended.heartbeatAt());
        if (ended.stopReason() != null) {
            mirror.requestStop(number, ended.stopReason());
        }
        mirror.finish(number, state, value, reason, now);
        return ended;
    }

    @Override
    public synchronized Trial retry(int number, Instant now) {
        Trial retried = live.retry(number, now);
        mirror.retry(number, now);
        return retried;
    }

    @Override
    public History history() {
        return live.history();
    }

    @Override
    public Optional<Trial> trial(int number) {
        return live.trial(number);
    }
}

package io.sparktune.store.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.space.Values;
import io.sparktune.store.Reported;
import io.sparktune.store.StudyStore;
import io.sparktune.store.TrialProposer;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The trials of one study in the control plane, shared by every process connected to it. The study's
 * {@link History} is one entry of {@value HazelcastStudies#STATE_MAP}; every write is one entry
 * processor on it ({@link StudyWrites}), run on the member that owns the study, so a report and its
 * verdict are one atomic step and one round trip. Reads are one {@code get} (the history) or one
 * read-only processor (a trial). Creating a trial holds the study's creation lock while the proposer
 * runs here, in the caller; reports do not wait for it. Safe for concurrent use.
 *
 * <p>Made by {@link HazelcastStudies}.
 */
public final class HazelcastStudyStore implements StudyStore {

    private final String studyId;
    private final IMap<String, History> states;
    private final IMap<String, Boolean> creationLocks;

    HazelcastStudyStore(HazelcastInstance instance, String studyId) {
        this.studyId = Objects.requireNonNull(studyId, "studyId");
        this.states = instance.getMap(HazelcastStudies.STATE_MAP);
        this.creationLocks = instance.getMap(HazelcastStudies.CREATION_LOCKS);
    }

    /** The id of the study whose trials this store holds. */
    public String studyId() {
        return studyId;
    }

    /**
     * Proposes and records the next trial. The study's creation lock (a lock on the study's key in
     * {@value HazelcastStudies#CREATION_LOCKS}, released by Hazelcast if this process dies) keeps other
     * creators out while the proposer sees the history; the trial is committed by a processor that
     * checks its number is still the next one. Reports and other writes do not take that lock.
     *
     * <p>When the member that held the lock dies meanwhile, the lock may not survive the move of its
     * partition to another member, and unlocking then fails with
     * {@link IllegalMonitorStateException} (seen once in ten runs of the control-plane failover test). The commit has already been checked against the number,
     * so that failure is ignored: the trial stands, and the lock is gone either way.
     */
    @Override
    public Optional<Trial> createTrial(TrialProposer proposer, Instant now) {
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(now, "now");
        creationLocks.lock(studyId);
        try {
            History history = history();
            int number = history.size();
            Optional<Map<String, Object>> params = proposer.propose(number, history);
            if (params.isEmpty()) {
                return Optional.empty();
            }
            Trial trial = Trial.created(number, normalized(params.get()), TrialState.RUNNING, now);
            return Optional.of(write(new StudyWrites.Create(trial)));
        } finally {
            unlockCreation();
        }
    }

    private void unlockCreation() {
        try {
            creationLocks.unlock(studyId);
        } catch (IllegalMonitorStateException lostWithItsMember) {
            // See createTrial: the member that held the lock died; nothing is left to release.
        }
    }

    @Override
    public Reported report(int number, int attempt, Report report, Scheduler scheduler, Instant now) {
        return write(new StudyWrites.Report(number, attempt, report, scheduler, now));
    }

    @Override
    public boolean claim(int number, int attempt, String worker, Instant now) {
        return write(new StudyWrites.Claim(number, attempt, worker, now));
    }

    @Override
    public boolean heartbeat(int number, int attempt, Instant now) {
        return write(new StudyWrites.Heartbeat(number, attempt, now));
    }

    @Override
    public Trial requestStop(int number, String reason) {
        return write(new StudyWrites.Stop(number, reason));
    }

    @Override
    public Trial finish(int number, TrialState state, Double value, String reason, Instant now) {
        return write(new StudyWrites.Finish(number, state, value, reason, now));
    }

    @Override
    public Trial retry(int number, Instant now) {
        return write(new StudyWrites.Retry(number, now));
    }

    /**
     * The study's history: one {@code get}. The member serializes it on the study's partition thread,
     * where the study's writes wait meanwhile; an offloaded read-only processor would not help, as
     * Hazelcast copies an {@code OBJECT} value by serializing it on the partition thread before it
     * offloads (and then twice more).
     */
    @Override
    public History history() {
        History history = states.get(studyId);
        if (history == null) {
            throw new IllegalStateException("study \"" + studyId + "\" has no state in the control plane");
        }
        return history;
    }

    /** One trial, read where the study lives so that only that trial travels. */
    @Override
    public Optional<Trial> trial(int number) {
        return Optional.ofNullable(states.executeOnKey(studyId, new ReadTrial(number)));
    }

    /** Runs {@code write} on the study's owner; a refusal is thrown here, in the caller. */
    @SuppressWarnings("unchecked")
    private <R> R write(StudyWrite<R> write) {
        Object answer = states.executeOnKey(studyId, write);
        if (answer instanceof Refused refused) {
            throw refused.exception();
        }
        return (R) answer;
    }

    @Override
    public String toString() {
        return "HazelcastStudyStore[" + studyId + "]";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> normalized(Map<String, Object> params) {
        return (Map<String, Object>) Values.normalize(params);
    }
}

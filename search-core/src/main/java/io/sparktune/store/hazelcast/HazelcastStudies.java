package io.sparktune.store.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.sparktune.trial.History;
import io.sparktune.study.StudyControl;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The studies of one control plane: each has a {@link StudyRecord} in {@value #STUDIES_MAP} and its
 * state (its {@link History}) in {@value #STATE_MAP}, both under the study's id. Works on a member or
 * a client alike.
 */
public final class HazelcastStudies {

    /** Study id to {@link StudyRecord}. */
    public static final String STUDIES_MAP = "sparktune.studies";

    /** Study id to its {@link History}; kept as objects on the members (see the package comment). */
    public static final String STATE_MAP = "sparktune.study-state";

    /**
     * Holds no entries: its locks, one per study id, keep a study to one driver at a time. Hazelcast
     * releases a lock whose holder (a client) left the cluster, so a driver that died frees its study.
     */
    public static final String DRIVER_LOCKS = "sparktune.drivers";

    /** Study id to its {@link StudyStatus}: how its driver's run stands, and any stop request. */
    public static final String STATUS_MAP = "sparktune.study-status";

    /** Holds no entries: its locks, one per study id, keep trial creators of a study one at a time. */
    public static final String CREATION_LOCKS = "sparktune.trial-creation";

    private final HazelcastInstance instance;
    private final IMap<String, StudyRecord> records;
    private final IMap<String, History> states;
    private final IMap<String, StudyStatus> statuses;

    public HazelcastStudies(HazelcastInstance instance) {
        this.instance = Objects.requireNonNull(instance, "instance");
        this.records = instance.getMap(STUDIES_MAP);
        this.states = instance.getMap(STATE_MAP);
        this.statuses = instance.getMap(STATUS_MAP);
    }

    /**
     * The store of the study {@code record} describes, created empty if there is no study with its id,
     * or the existing one if there is and it was created from the same study file (a driver that is
     * started again goes on with its study). Safe when several processes do it at once.
     *
     * @throws IllegalArgumentException when a study with that id exists and was created from another
     *     study file
     */
    public HazelcastStudyStore create(StudyRecord record) {
        Objects.requireNonNull(record, "record");
        StudyRecord existing = records.putIfAbsent(record.id(), record);
        if (existing != null && (!existing.studyJson().equals(record.studyJson())
                || existing.direction() != record.direction())) {
            throw new IllegalArgumentException("a study named \"" + record.id() + "\" already exists (created "
                    + existing.createdAt() + ") from another study file: give this study another name, or run the "
                    + "study file it was created from to go on with it");
        }
        ensureState(existing != null ? existing : record);
        return new HazelcastStudyStore(instance, record.id());
    }

    /**
     * Takes study {@code id} for the calling thread, as its one driver, waiting up to {@code wait} for
     * a driver that holds it to end (one that died is let go once its cluster notices, within seconds).
     * Two drivers of one study would each see the other's running trials as lost.
     *
     * @return the claim, to close when the driver ends (from the same thread), or empty when another
     *     driver still holds the study after {@code wait}
     */
    public Optional<DriverClaim> claimDriver(String id, java.time.Duration wait) throws InterruptedException {
        IMap<String, Boolean> drivers = instance.getMap(DRIVER_LOCKS);
        if (!drivers.tryLock(id, wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            return Optional.empty();
        }
        return Optional.of(new DriverClaim(drivers, id));
    }

    /** The store of study {@code id}, or empty when there is no such study. */
    public Optional<HazelcastStudyStore> open(String id) {
        Optional<StudyRecord> record = record(id);
        record.ifPresent(this::ensureState);
        return record.map(r -> new HazelcastStudyStore(instance, r.id()));
    }

    /** What study {@code id} is, or empty when there is no such study. */
    public Optional<StudyRecord> record(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(records.get(id));
    }

    /** Every study, oldest first (ties by id). */
    public List<StudyRecord> list() {
        return records.values().stream()
                .sorted(Comparator.comparing(StudyRecord::createdAt).thenComparing(StudyRecord::id))
                .toList();
    }

    /** Study {@code id}'s trials, in one read, or empty when it has no state (no such study). */
    public Optional<History> history(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(states.get(id));
    }

    /** How study {@code id}'s last run stands, or empty when no driver ever ran it. */
    public Optional<StudyStatus> status(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(statuses.get(id));
    }

    /** Whether a driver holds study {@code id} now (see {@link #claimDriver}). */
    public boolean hasDriver(String id) {
        return instance.getMap(DRIVER_LOCKS).isLocked(id);
    }

    /** Records that a driver started running study {@code id} {@code at}; an earlier stop request is dropped. */
    public void markStarted(String id, Instant at) {
        statuses.set(id, StudyStatus.started(at));
    }

    /** Records that the driver ended study {@code id}'s run {@code at}, for the reason {@code message}. */
    public void markEnded(String id, Instant at, String message) {
        update(id, status -> status.ended(at, message));
    }

    /**
     * Asks study {@code id}'s driver to stop the study for {@code reason}.
     *
     * @return whether the request was recorded: false when the study is not running (never started,
     *     ended) or a stop was asked for already
     */
    public boolean requestStudyStop(String id, String reason, Instant at) {
        Objects.requireNonNull(reason, "reason");
        boolean[] recorded = {false};
        update(id, status -> {
            if (!status.isRunning() || status.stopRequest() != null) {
                return status;
            }
            recorded[0] = true;
            return status.stopRequested(reason, at);
        });
        return recorded[0];
    }

    /** The stop requests of study {@code id}, as its runner asks for them. */
    public StudyControl control(String id) {
        Objects.requireNonNull(id, "id");
        return () -> Optional.ofNullable(statuses.get(id)).map(StudyStatus::stopRequest);
    }

    /** Changes study {@code id}'s status under its lock; nothing happens when it has none. */
    private void update(String id, UnaryOperator<StudyStatus> change) {
        statuses.lock(id);
        try {
            StudyStatus status = statuses.get(id);
            if (status != null) {
                StudyStatus changed = change.apply(status);
                if (!changed.equals(status)) {
                    statuses.set(id, changed);
                }
            }
        } finally {
            statuses.unlock(id);
        }
    }

    /** Makes the study's empty state if it has none: its creator may have died between the two puts. */
    private void ensureState(StudyRecord record) {
        if (!states.containsKey(record.id())) {
            states.putIfAbsent(record.id(), History.empty(record.direction()));
        }
    }
}

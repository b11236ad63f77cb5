package io.sparktune.dashboard.data;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.store.hazelcast.StudyRecord;
import io.sparktune.store.hazelcast.StudyStatus;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The studies of a Hazelcast control plane ({@link HazelcastStudies}), for the dashboard, on a member
 * or a client.
 *
 * <p>Snapshots are cached: one listener per map (without values: a listener with values would make
 * the member serialize a study's whole history on every report) counts each study's changes, and a
 * snapshot is read again only when its study's count moved. A running study's snapshot is also read
 * again after {@link #RUNNING_TTL}, so a driver that dies without a word shows.
 */
public final class HazelcastStudyCatalog implements StudyCatalog, AutoCloseable {

    /** How long a running study's snapshot is served without a change before it is read again. */
    static final Duration RUNNING_TTL = Duration.ofSeconds(2);

    private final HazelcastStudies studies;
    private final Clock clock;
    private final List<Registered> listeners = new ArrayList<>();
    private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final ChangeNotifier notifier = new ChangeNotifier(NOTIFY_INTERVAL_MILLIS);

    public HazelcastStudyCatalog(HazelcastInstance instance) {
        this(instance, Clock.systemUTC());
    }

    public HazelcastStudyCatalog(HazelcastInstance instance, Clock clock) {
        Objects.requireNonNull(instance, "instance");
        this.studies = new HazelcastStudies(instance);
        this.clock = Objects.requireNonNull(clock, "clock");
        for (String map : List.of(HazelcastStudies.STUDIES_MAP, HazelcastStudies.STATE_MAP,
                HazelcastStudies.STATUS_MAP)) {
            IMap<String, Object> imap = instance.getMap(map);
            listeners.add(new Registered(imap, imap.addEntryListener(new Changes(), false)));
        }
    }

    @Override
    public List<StudySummary> studies() {
        return studies.list().stream()
                .map(record -> snapshot(record.id()).map(StudySnapshot::summary).orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }

    @Override
    public Optional<StudySnapshot> snapshot(String id) {
        Objects.requireNonNull(id, "id");
        long version = version(id).get();
        Instant now = clock.instant();
        Cached cached = cache.get(id);
        if (cached != null && cached.version == version && cached.fresh(now)) {
            return Optional.of(cached.snapshot);
        }
        Optional<StudySnapshot> read = read(id);
        read.ifPresentOrElse(s -> cache.put(id, new Cached(s, version, now)), () -> cache.remove(id));
        return read;
    }

    @Override
    public StopResult requestStop(String id, String reason) {
        if (studies.record(id).isEmpty()) {
            return StopResult.UNKNOWN_STUDY;
        }
        boolean recorded = studies.requestStudyStop(id, reason, clock.instant());
        version(id).incrementAndGet(); // a page that asked sees its own stop at once, not after the listener's event
        return recorded ? StopResult.REQUESTED : StopResult.ALREADY_ENDED;
    }

    @Override
    public Subscription subscribe(String id, Runnable changed) {
        return notifier.subscribe(id, changed);
    }

    /** Stops listening to the control plane and ends every subscription. */
    @Override
    public void close() {
        for (Registered listener : listeners) {
            try {
                listener.map.removeEntryListener(listener.id);
            } catch (RuntimeException e) {
                // the instance is shutting down: its listeners go with it
            }
        }
        notifier.close();
    }

    private AtomicLong version(String id) {
        return versions.computeIfAbsent(id, k -> new AtomicLong());
    }

    private Optional<StudySnapshot> read(String id) {
        Optional<StudyRecord> record = studies.record(id);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        // A study whose creator is still writing its (empty) state has no trial yet.
        History history = studies.history(id).orElseGet(() -> History.empty(record.get().direction()));
        Optional<StudyStatus> status = studies.status(id);
        boolean driver = status.map(StudyStatus::isRunning).orElse(false) && studies.hasDriver(id);
        StudyFileFacts facts = StudyFileFacts.of(record.get().studyJson());
        return Optional.of(new StudySnapshot(summary(record.get(), facts, history, status, driver),
                record.get().studyJson(), history, parameterNames(facts, history)));
    }

    static StudySummary summary(StudyRecord record, StudyFileFacts facts, History history,
            Optional<StudyStatus> status, boolean driver) {
        Map<TrialState, Integer> counts = new EnumMap<>(TrialState.class);
        for (TrialState state : TrialState.values()) {
            counts.put(state, (int) history.count(state));
        }
        Optional<Trial> best = history.best();
        StudyPhase phase = phase(status, driver);
        String message = status.map(StudyStatus::endMessage).orElse(null);
        if (phase == StudyPhase.IDLE && status.map(StudyStatus::isRunning).orElse(false)) {
            message = "its driver left before the study ended";
        } else if (phase == StudyPhase.STOPPING) {
            message = "stopping: " + status.get().stopRequest();
        }
        return new StudySummary(record.id(), phase, record.direction().jsonName(), facts.strategy(), facts.scheduler(),
                history.size(), facts.maxTrials(), counts, best.map(Trial::value).orElse(null),
                best.map(Trial::number).orElse(null), record.createdAt(),
                status.map(StudyStatus::startedAt).orElse(null), status.map(StudyStatus::endedAt).orElse(null),
                message);
    }

    private static StudyPhase phase(Optional<StudyStatus> status, boolean driver) {
        if (status.isEmpty()) {
            return StudyPhase.IDLE;
        }
        if (status.get().endedAt() != null) {
            return StudyPhase.ENDED;
        }
        if (!driver) {
            return StudyPhase.IDLE;
        }
        return status.get().stopRequest() != null ? StudyPhase.STOPPING : StudyPhase.RUNNING;
    }

    private static List<String> parameterNames(StudyFileFacts facts, History history) {
        Set<String> names = new LinkedHashSet<>(facts.parameters());
        for (Trial trial : history.trials()) {
            names.addAll(trial.params().keySet());
        }
        return List.copyOf(names);
    }

    private record Cached(StudySnapshot snapshot, long version, Instant readAt) {
        boolean fresh(Instant now) {
            StudyPhase phase = snapshot.summary().phase();
            boolean live = phase == StudyPhase.RUNNING || phase == StudyPhase.STOPPING;
            return !live || now.isBefore(readAt.plus(RUNNING_TTL));
        }
    }

    private record Registered(IMap<String, Object> map, UUID id) {
    }

    /** Counts a study's change, then tells its subscribers. */
    private final class Changes implements EntryAddedListener<String, Object>, EntryUpdatedListener<String, Object>,
            EntryRemovedListener<String, Object> {

        @Override
        public void entryAdded(EntryEvent<String, Object> event) {
            changed(event.getKey());
        }

        @Override
        public void entryUpdated(EntryEvent<String, Object> event) {
            changed(event.getKey());
        }

        @Override
        public void entryRemoved(EntryEvent<String, Object> event) {
            changed(event.getKey());
        }

        private void changed(String id) {
            version(id).incrementAndGet();
            notifier.changed(id);
        }
    }
}

package io.sparktune.study;

import io.sparktune.random.Seeds;
import io.sparktune.sampler.Sampler;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.Verdict;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.space.Values;
import io.sparktune.store.Reported;
import io.sparktune.store.StudyStore;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One study, asked and told, as in Optuna's ask-and-tell interface: {@link #ask()} creates a trial
 * with the sampler's proposal, {@link #report} stores an intermediate value and returns the
 * scheduler's verdict, {@link #tell} records how the trial ended. The store holds every fact, so
 * several processes may ask and tell one durable study at once. Thread-safe.
 */
public final class Study {

    private final String name;
    private final long seed;
    private final SearchSpace space;
    private final Sampler sampler;
    private final Scheduler scheduler;
    private final StudyStore store;
    private final Clock clock;

    public Study(String name, long seed, SearchSpace space, Sampler sampler, Scheduler scheduler, StudyStore store,
            Clock clock) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank, but got \"" + name + "\"");
        }
        this.name = name;
        this.seed = seed;
        this.space = Objects.requireNonNull(space, "space");
        this.sampler = Objects.requireNonNull(sampler, "sampler");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public String name() {
        return name;
    }

    public long seed() {
        return seed;
    }

    public SearchSpace space() {
        return space;
    }

    /** The seed trial {@code number} trains with (weight initialisation, data order). */
    public long trainingSeed(int number) {
        return Seeds.seed(seed, number, Seeds.TRAINING);
    }

    /**
     * Creates the next trial, RUNNING, with the sampler's proposal for it. The sampler draws from
     * the generator of (study seed, trial number) and sees the history at the moment of creation.
     *
     * @return the new trial, or empty when the sampler has nothing left to propose
     * @throws IllegalStateException when the sampler proposes a point outside the space (nothing is
     *     created then)
     */
    public Optional<Trial> ask() {
        return store.createTrial((number, history) -> sampler.propose(space, history, Seeds.forTrial(seed, number))
                .map(params -> checked(number, params)), clock.instant());
    }

    /** The scheduler that judges this study's reports. */
    public Scheduler scheduler() {
        return scheduler;
    }

    /**
     * Stores an intermediate report of the current attempt of a running trial and returns the
     * scheduler's verdict on it.
     */
    public Verdict report(int number, long step, double value) {
        return record(number, trial(number).attemptIndex(), step, value).verdict();
    }

    /**
     * Stores an intermediate report of attempt {@code attempt} of a running trial and judges it, in
     * one atomic step of the store (see {@link StudyStore#report}).
     */
    public Reported record(int number, int attempt, long step, double value) {
        return store.report(number, attempt, new Report(step, value), scheduler, clock.instant());
    }

    /** Tells a running trial to stop at its next report; see {@link StudyStore#requestStop}. */
    public Trial requestStop(int number, String reason) {
        return store.requestStop(number, reason);
    }

    /**
     * Ends a running trial. A COMPLETED trial needs a value; one whose value is NaN or infinite ends
     * FAILED instead, with the reason {@code "objective is NaN"} (or {@code Infinity}).
     *
     * @throws IllegalStateException when the trial has already ended
     */
    public Trial tell(int number, TrialState state, Double value, String reason) {
        Objects.requireNonNull(state, "state");
        if (!state.isFinished()) {
            throw new IllegalArgumentException("a trial is told how it ended: completed, pruned, failed or stale, "
                    + "but got " + state.jsonName());
        }
        if (state == TrialState.COMPLETED && value == null) {
            throw new IllegalArgumentException("a completed trial needs a value, but trial " + number + " got none");
        }
        if (state == TrialState.COMPLETED && !Double.isFinite(value)) {
            return store.finish(number, TrialState.FAILED, null, "objective is " + value, clock.instant());
        }
        return store.finish(number, state, value, reason, clock.instant());
    }

    /** Starts an ended trial again as a new attempt; the ended attempt is kept. */
    public Trial retry(int number) {
        return store.retry(number, clock.instant());
    }

    public History history() {
        return store.history();
    }

    /**
     * Trial {@code number} as it is now: one trial's read, where the history is the whole study's.
     *
     * @throws IllegalArgumentException when there is no such trial
     */
    public Trial trial(int number) {
        return store.trial(number).orElseThrow(() -> new IllegalArgumentException(
                "no trial " + number + " in study " + name));
    }

    /** The best completed trial so far. */
    public Optional<Trial> best() {
        return store.history().best();
    }

    private Map<String, Object> checked(int number, Map<String, Object> params) {
        Optional<String> problem = space.problemWith(params);
        if (problem.isPresent()) {
            throw new IllegalStateException("the sampler " + sampler.getClass().getSimpleName()
                    + " proposed a point outside the space for trial " + number + ": " + problem.get());
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (Parameter p : space.parameters()) {
            if (params.containsKey(p.name())) {
                ordered.put(p.name(), Values.normalize(params.get(p.name())));
            }
        }
        return ordered;
    }

    @Override
    public String toString() {
        return "Study[" + name + ", seed " + seed + "]";
    }
}

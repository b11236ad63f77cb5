package io.sparktune.strategies.evolution;

import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.space.Values;
import io.sparktune.strategies.random.RandomSampler;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** History literals for the evolution tests. */
final class Histories {

    /** Three continuous parameters (one in log space) and a categorical: no two random points share a float. */
    static final SearchSpace SPACE = SearchSpace.of(
            Parameter.of("x", FloatDomain.of(-5, 5)),
            Parameter.of("y", FloatDomain.of(0, 1)),
            Parameter.of("lr", FloatDomain.logOf(1e-5, 1e-1)),
            Parameter.of("activation", CategoricalDomain.of("relu", "tanh", "gelu")));

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private Histories() {
    }

    /** {@code count} random points of {@link #SPACE}, drawn with {@code seed}. */
    static List<Map<String, Object>> points(int count, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new RandomSampler().propose(SPACE, History.empty(Direction.MINIMIZE), rng).orElseThrow());
        }
        return out;
    }

    static Trial running(int n, Map<String, Object> params) {
        return Trial.created(n, params, TrialState.RUNNING, T0.plusSeconds(n));
    }

    static Trial completed(int n, Map<String, Object> params, double value) {
        return running(n, params).finished(TrialState.COMPLETED, value, null, T0.plusSeconds(n + 1));
    }

    static Trial failed(int n, Map<String, Object> params) {
        return running(n, params).finished(TrialState.FAILED, null, "out of memory", T0.plusSeconds(n + 1));
    }

    static Trial stale(int n, Map<String, Object> params) {
        return running(n, params).finished(TrialState.STALE, null, "lease ran out", T0.plusSeconds(n + 1));
    }

    /** A trial pruned after reporting at steps 1..{@code step}, the last report being {@code value}. */
    static Trial pruned(int n, Map<String, Object> params, long step, double value) {
        Trial t = running(n, params);
        for (long s = 1; s < step; s++) {
            t = t.withReport(new Report(s, value + 100), t.createdAt());
        }
        t = t.withReport(new Report(step, value), t.createdAt());
        return t.finished(TrialState.PRUNED, value, "below the median", T0.plusSeconds(n + 1));
    }

    /** How many parameters the two points differ in (a parameter present in one only counts). */
    static int differences(Map<String, Object> a, Map<String, Object> b) {
        int count = 0;
        for (String name : SPACE.names()) {
            if (!Values.same(a.get(name), b.get(name))) {
                count++;
            }
        }
        return count;
    }

    /**
     * The number of the trial of {@code history} that {@code child} is a mutation of: the one it
     * differs from in exactly one parameter; -1 when there is none, and a failure when several.
     */
    static int parentOf(Map<String, Object> child, History history) {
        int parent = -1;
        for (Trial t : history.trials()) {
            if (differences(child, t.params()) == 1) {
                if (parent >= 0) {
                    throw new AssertionError(child + " is one mutation away from trials " + parent + " and " + t.number());
                }
                parent = t.number();
            }
        }
        return parent;
    }
}

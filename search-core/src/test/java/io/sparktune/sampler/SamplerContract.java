package io.sparktune.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sparktune.random.Seeds;
import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.Condition;
import io.sparktune.space.FixedDomain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.space.Values;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Sampler} keeps. An implementation's test extends this class and
 * supplies {@link #newSampler()}; a sampler that cannot handle every kind of domain (a grid needs
 * finite ones) overrides {@link #contractSpace()}, for instance with {@link #finiteSpace()}.
 *
 * <p>Histories are built the way a study builds them: each proposal becomes trial {@code n}, drawn
 * with {@code Seeds.forTrial(seed, n)}, and is then finished in a rotating state (completed,
 * running, pruned, failed), so samplers see every kind of trial.
 */
public abstract class SamplerContract {

    /** How many trials each sequence holds. */
    protected static final int DRAWS = 40;

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    /** A fresh sampler, configured as the test wants it. */
    protected abstract Sampler newSampler();

    /** The space the contract runs on; {@link #fullSpace()} unless overridden. */
    protected SearchSpace contractSpace() {
        return fullSpace();
    }

    /**
     * Whether two study seeds lead to different proposals on {@link #contractSpace()}. A sampler
     * that walks a fixed order (a grid) overrides this with {@code false}.
     */
    protected boolean proposalsDependOnSeed() {
        return true;
    }

    /**
     * Every kind of parameter: float (plain, log, step), int (plain, log, step), categorical of
     * strings, numbers and booleans, fixed, and a chain of conditions (momentum exists only for sgd,
     * nesterov only for a non-zero momentum).
     */
    public static SearchSpace fullSpace() {
        return new SearchSpace(List.of(
                Parameter.of("lr", FloatDomain.logOf(1e-5, 1e-1)),
                Parameter.of("dropout", FloatDomain.of(0.0, 0.5)),
                Parameter.of("weightDecay", new FloatDomain(0.0, 0.01, false, 0.0025)),
                Parameter.of("layers", IntDomain.of(1, 4)),
                Parameter.of("units", new IntDomain(8, 512, true, 1)),
                Parameter.of("batch", new IntDomain(16, 128, false, 16)),
                Parameter.of("activation", CategoricalDomain.of("relu", "tanh", "gelu")),
                Parameter.of("scale", CategoricalDomain.of(1, 2.5, 10)),
                Parameter.of("bias", CategoricalDomain.of(true, false)),
                Parameter.of("epochs", new FixedDomain(10)),
                new Parameter("nesterov", CategoricalDomain.of(true, false), Condition.on("momentum", 0.5, 0.9)),
                new Parameter("momentum", CategoricalDomain.of(0.0, 0.5, 0.9), Condition.on("optimizer", "sgd")),
                Parameter.of("optimizer", CategoricalDomain.of("sgd", "adam"))));
    }

    /**
     * A space where every parameter has finitely many values, with the same chain of conditions as
     * {@link #fullSpace()}: 2 x 3 x 2 x 3 x (sgd: 1 + 2 x 2 = 5; adam: 1) = 216 configurations.
     */
    public static SearchSpace finiteSpace() {
        return new SearchSpace(List.of(
                Parameter.of("weightDecay", new FloatDomain(0.0, 0.01, false, 0.01)),
                Parameter.of("batch", new IntDomain(16, 48, false, 16)),
                Parameter.of("units", new IntDomain(1, 2, true, 1)),
                Parameter.of("activation", CategoricalDomain.of("relu", "tanh", "gelu")),
                Parameter.of("epochs", new FixedDomain(10)),
                Parameter.of("optimizer", CategoricalDomain.of("sgd", "adam")),
                new Parameter("momentum", CategoricalDomain.of(0.0, 0.5, 0.9), Condition.on("optimizer", "sgd")),
                new Parameter("nesterov", CategoricalDomain.of(true, false), Condition.on("momentum", 0.5, 0.9))));
    }

    /**
     * Proposes {@code count} trials in turn, each with its own generator and the history of the ones
     * before it; returns the proposals. Stops early if the sampler has nothing left.
     */
    public static List<Map<String, Object>> proposeSequence(Sampler sampler, SearchSpace space, long seed,
            int count) {
        History history = History.empty(Direction.MINIMIZE);
        List<Map<String, Object>> proposals = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Optional<Map<String, Object>> next = sampler.propose(space, history, Seeds.forTrial(seed, n));
            if (next.isEmpty()) {
                break;
            }
            proposals.add(next.get());
            history = history.with(asTrial(n, next.get()));
        }
        return proposals;
    }

    /** A history whose trials hold {@code proposals}, in order, in rotating states. */
    public static History historyOf(List<Map<String, Object>> proposals) {
        History history = History.empty(Direction.MINIMIZE);
        for (int n = 0; n < proposals.size(); n++) {
            history = history.with(asTrial(n, proposals.get(n)));
        }
        return history;
    }

    /** Trial {@code n} with these parameters: completed, running, pruned or failed, by {@code n % 4}. */
    public static Trial asTrial(int n, Map<String, Object> params) {
        Trial created = Trial.created(n, params, TrialState.RUNNING, T0.plusSeconds(n));
        Instant end = T0.plusSeconds(n + 1);
        return switch (n % 4) {
            case 0 -> created.finished(TrialState.COMPLETED, score(params), null, end);
            case 1 -> created;
            case 2 -> created.finished(TrialState.PRUNED, score(params) + 1, "below the median", end);
            default -> created.finished(TrialState.FAILED, null, "out of memory", end);
        };
    }

    /** A deterministic objective value for a configuration: the sum of its numeric values. */
    static double score(Map<String, Object> params) {
        double sum = 0;
        for (Object v : params.values()) {
            if (v instanceof Number x) {
                sum += x.doubleValue();
            }
        }
        return sum;
    }

    @Test
    void proposalsStayInsideTheSpaceAndRespectConditions() {
        SearchSpace space = contractSpace();
        for (long seed : new long[] {1, 2, 3}) {
            List<Map<String, Object>> proposals = proposeSequence(newSampler(), space, seed, DRAWS);
            assertFalse(proposals.isEmpty(), "a sampler must propose something on an empty history");
            for (Map<String, Object> params : proposals) {
                Optional<String> problem = space.problemWith(params);
                assertTrue(problem.isEmpty(), () -> problem.get() + " in " + params);
            }
        }
    }

    @Test
    void proposedValuesAreNormalizedJavaValues() {
        SearchSpace space = contractSpace();
        for (Map<String, Object> params : proposeSequence(newSampler(), space, 7, DRAWS)) {
            params.forEach((name, value) -> {
                Object normalized = Values.normalize(value);
                assertEquals(normalized.getClass(), value.getClass(), name + " = " + value + " is not normalized");
                switch (space.parameter(name).orElseThrow().domain().typeName()) {
                    case "float" -> assertTrue(value instanceof Double, name + " must be a Double, got " + value);
                    case "int" -> assertTrue(value instanceof Long, name + " must be a Long, got " + value);
                    default -> assertTrue(Values.isScalar(value), name + " must be a scalar, got " + value);
                }
            });
        }
    }

    @Test
    void sameSeedGivesSameProposals() {
        SearchSpace space = contractSpace();
        List<Map<String, Object>> first = proposeSequence(newSampler(), space, 42, DRAWS);
        List<Map<String, Object>> second = proposeSequence(newSampler(), space, 42, DRAWS);
        assertEquals(first, second);
        Sampler reused = newSampler();
        proposeSequence(reused, space, 5, DRAWS);
        assertEquals(first, proposeSequence(reused, space, 42, DRAWS),
                "a sampler that proposed for another study must still replay this one exactly");
    }

    @Test
    void differentSeedsGiveDifferentProposals() {
        if (!proposalsDependOnSeed()) {
            return;
        }
        SearchSpace space = contractSpace();
        Sampler sampler = newSampler();
        List<Map<String, Object>> first = proposeSequence(sampler, space, 1, DRAWS);
        List<Map<String, Object>> second = proposeSequence(sampler, space, 2, DRAWS);
        assertNotEquals(first, second);
    }

    @Test
    void doesNotModifyTheHistory() {
        SearchSpace space = contractSpace();
        List<Map<String, Object>> proposals = proposeSequence(newSampler(), space, 11, DRAWS / 2);
        History history = historyOf(proposals);
        History copy = historyOf(proposals);
        Sampler sampler = newSampler();
        for (int n = 0; n < 5; n++) {
            sampler.propose(space, history, Seeds.forTrial(11, history.size()));
        }
        assertEquals(copy, history);
    }

    @Test
    void proposingAgainWithTheSameInputsGivesTheSameProposal() {
        SearchSpace space = contractSpace();
        History history = historyOf(proposeSequence(newSampler(), space, 13, DRAWS / 2));
        Sampler sampler = newSampler();
        Optional<Map<String, Object>> first = sampler.propose(space, history, Seeds.forTrial(13, history.size()));
        Optional<Map<String, Object>> again = sampler.propose(space, history, Seeds.forTrial(13, history.size()));
        assertEquals(first, again);
    }

    @Test
    void isSafeToCallFromSeveralThreadsAtOnce() throws Exception {
        SearchSpace space = contractSpace();
        long seed = 17;
        List<Map<String, Object>> sequence = proposeSequence(newSampler(), space, seed, DRAWS);
        List<History> prefixes = new ArrayList<>();
        for (int k = 0; k <= sequence.size(); k++) {
            prefixes.add(historyOf(sequence.subList(0, k)));
        }
        Sampler shared = newSampler();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Set<String>>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                tasks.add(() -> {
                    Set<String> mismatches = new HashSet<>();
                    for (int i = 0; i < prefixes.size(); i++) {
                        int k = (i * 7 + offset * 5) % prefixes.size();
                        Optional<Map<String, Object>> got =
                                shared.propose(space, prefixes.get(k), Seeds.forTrial(seed, k));
                        Optional<Map<String, Object>> expected =
                                k < sequence.size() ? Optional.of(sequence.get(k)) : got;
                        if (!got.equals(expected)) {
                            mismatches.add("trial " + k + ": expected " + expected + ", got " + got);
                        }
                    }
                    return mismatches;
                });
            }
            for (Future<Set<String>> result : pool.invokeAll(tasks)) {
                Set<String> mismatches = result.get(30, TimeUnit.SECONDS);
                if (!mismatches.isEmpty()) {
                    fail(mismatches.size() + " concurrent proposals differ from sequential ones, such as "
                            + mismatches.iterator().next());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

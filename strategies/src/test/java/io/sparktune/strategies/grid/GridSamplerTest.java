package io.sparktune.strategies.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.random.Seeds;
import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.SamplerContract;
import io.sparktune.sampler.Samplers;
import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.Condition;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.ComponentSpec;
import io.sparktune.spec.Problem;
import io.sparktune.spec.SpecException;
import io.sparktune.strategies.ConditionalSpaces;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GridSamplerTest extends SamplerContract {

    private static final String OPTIONS = "$.strategy.options";
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    @Override
    protected Sampler newSampler() {
        return grid(JsonNodeFactory.instance.objectNode());
    }

    @Override
    protected SearchSpace contractSpace() {
        return SamplerContract.finiteSpace();
    }

    @Override
    protected boolean proposalsDependOnSeed() {
        return false;
    }

    static Sampler grid(ObjectNode options) {
        return Samplers.create(new ComponentSpec("grid", options, OPTIONS));
    }

    static Optional<Map<String, Object>> proposeOnce(Sampler sampler, SearchSpace space, History history) {
        return sampler.propose(space, history, Seeds.forTrial(1, history.size()));
    }

    @Test
    void conditionalSpaceYieldsEachActiveCombinationOnceThenEnds() {
        List<Map<String, Object>> proposals =
                proposeSequence(newSampler(), ConditionalSpaces.optimizerWithMomentum(), 1, 100);
        assertEquals(List.of(
                Map.of("optimizer", "sgd", "momentum", 0.0),
                Map.of("optimizer", "sgd", "momentum", 0.5),
                Map.of("optimizer", "sgd", "momentum", 0.9),
                Map.of("optimizer", "adam")), proposals);
    }

    @Test
    void finiteContractSpaceIsEnumeratedExactlyWithoutDuplicates() {
        SearchSpace space = SamplerContract.finiteSpace();
        List<Map<String, Object>> proposals = proposeSequence(newSampler(), space, 1, 1000);
        assertEquals(216, proposals.size());
        assertEquals(216, new HashSet<>(proposals).size());
        for (Map<String, Object> p : proposals) {
            assertTrue(space.contains(p), p::toString);
            if (p.get("optimizer").equals("adam")) {
                assertTrue(!p.containsKey("momentum") && !p.containsKey("nesterov"), p::toString);
            }
        }
    }

    @Test
    void firstParameterVariesSlowest() {
        SearchSpace space = SearchSpace.of(
                Parameter.of("a", IntDomain.of(1, 2)),
                Parameter.of("b", CategoricalDomain.of("x", "y", "z")));
        List<Map<String, Object>> proposals = proposeSequence(newSampler(), space, 1, 10);
        assertEquals(List.of(Map.of("a", 1L, "b", "x"), Map.of("a", 1L, "b", "y"), Map.of("a", 1L, "b", "z"),
                Map.of("a", 2L, "b", "x"), Map.of("a", 2L, "b", "y"), Map.of("a", 2L, "b", "z")), proposals);
    }

    @Test
    void exhaustedGridProposesNothing() {
        SearchSpace space = SearchSpace.of(Parameter.of("a", IntDomain.of(1, 3)));
        Sampler sampler = newSampler();
        History history = historyOf(proposeSequence(sampler, space, 1, 3));
        assertEquals(3, history.size());
        assertEquals(Optional.empty(), proposeOnce(sampler, space, history));
    }

    @Test
    void runningTrialsTakeTheirCombinationAndRetriedOnesCountOnce() {
        SearchSpace space = SearchSpace.of(Parameter.of("a", IntDomain.of(1, 3)));
        Trial running = Trial.created(0, Map.of("a", 1L), TrialState.RUNNING, T0);
        Trial retried = Trial.created(1, Map.of("a", 2L), TrialState.RUNNING, T0)
                .finished(TrialState.FAILED, null, "worker lost", T0.plusSeconds(1))
                .retried(T0.plusSeconds(2));
        History history = new History(Direction.MINIMIZE, List.of(running, retried));
        assertEquals(Optional.of(Map.of("a", 3L)), proposeOnce(newSampler(), space, history));
    }

    @Test
    void trialsOffTheGridTakeNothingAndNearlyEqualFloatsMatch() {
        SearchSpace space = SearchSpace.of(Parameter.of("w", new FloatDomain(0.0, 0.3, false, 0.1)));
        Trial offGrid = Trial.created(0, Map.of("w", 0.15), TrialState.COMPLETED, T0);
        Trial nearlyFirst = Trial.created(1, Map.of("w", 1e-17), TrialState.COMPLETED, T0);
        Trial unknownName = Trial.created(2, Map.of("w", 0.1, "extra", 1L), TrialState.COMPLETED, T0);
        Trial roundedSum = Trial.created(3, Map.of("w", 0.1 + 0.2), TrialState.COMPLETED, T0);
        History history = new History(Direction.MINIMIZE, List.of(offGrid, nearlyFirst, unknownName, roundedSum));
        assertEquals(Optional.of(Map.of("w", 0.1)), proposeOnce(newSampler(), space, history));
    }

    @Test
    void floatWithoutStepOrGridPointsIsAClearError() {
        SearchSpace space = SearchSpace.of(
                Parameter.of("lr", FloatDomain.logOf(1e-4, 1e-1)),
                Parameter.of("layers", IntDomain.of(1, 3)),
                Parameter.of("dropout", FloatDomain.of(0, 0.5)));
        SpecException e = assertThrows(SpecException.class,
                () -> proposeOnce(newSampler(), space, History.empty(Direction.MINIMIZE)));
        assertEquals(1, e.problems().size());
        Problem problem = e.problems().get(0);
        assertEquals("$.strategy.options.gridPoints", problem.path());
        assertTrue(problem.message().contains("lr, dropout have neither"), problem.message());
    }

    @Test
    void gridPointsSpreadEvenlyIncludingEndpointsAndLogSpacedForLogFloats() {
        SearchSpace space = SearchSpace.of(
                Parameter.of("lr", FloatDomain.logOf(1e-4, 1e-1)),
                Parameter.of("dropout", FloatDomain.of(0, 0.5)));
        ObjectNode options = JsonNodeFactory.instance.objectNode();
        options.putObject("gridPoints").put("lr", 4).put("dropout", 3);
        List<Map<String, Object>> proposals = proposeSequence(grid(options), space, 1, 100);
        assertEquals(12, proposals.size());
        double[] lrs = proposals.stream().mapToDouble(p -> (Double) p.get("lr")).distinct().toArray();
        assertEquals(4, lrs.length);
        double[] expected = {1e-4, 1e-3, 1e-2, 1e-1};
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], lrs[i], expected[i] * 1e-12);
        }
        assertEquals(List.of(0.0, 0.25, 0.5), proposals.subList(0, 3).stream().map(p -> p.get("dropout")).toList());
        assertEquals(1e-4, lrs[0], 0.0);
        assertEquals(1e-1, lrs[3], 0.0);
    }

    @Test
    void oneGridPointsNumberAppliesToEveryFloatWithoutStep() {
        SearchSpace space = SearchSpace.of(
                Parameter.of("a", FloatDomain.of(0, 1)),
                Parameter.of("b", FloatDomain.of(-1, 1)),
                Parameter.of("c", new FloatDomain(0, 1, false, 0.5)));
        ObjectNode options = JsonNodeFactory.instance.objectNode().put("gridPoints", 5);
        assertEquals(5 * 5 * 3, proposeSequence(grid(options), space, 1, 1000).size());
    }

    @Test
    void gridPointsForAParameterThatIsNotAFloatWithoutStepIsAnError() {
        SearchSpace space = SearchSpace.of(
                Parameter.of("lr", FloatDomain.of(0, 1)),
                Parameter.of("layers", IntDomain.of(1, 3)),
                Parameter.of("w", new FloatDomain(0, 1, false, 0.5)));
        ObjectNode options = JsonNodeFactory.instance.objectNode();
        options.putObject("gridPoints").put("lr", 3).put("lrr", 3).put("layers", 2).put("w", 4);
        SpecException e = assertThrows(SpecException.class,
                () -> proposeOnce(grid(options), space, History.empty(Direction.MINIMIZE)));
        assertEquals(List.of(OPTIONS + ".gridPoints.lrr", OPTIONS + ".gridPoints.layers", OPTIONS + ".gridPoints.w"),
                e.problems().stream().map(Problem::path).toList());
        assertTrue(e.problems().get(0).message().contains("did you mean \"lr\""), e.getMessage());
    }

    @Test
    void badOptionsAreReportedWithTheirPaths() {
        ObjectNode options = JsonNodeFactory.instance.objectNode().put("gridPoints", 1).put("shuffle", "yes")
                .put("suffle", true);
        SpecException e = assertThrows(SpecException.class, () -> grid(options));
        assertEquals(Set.of(OPTIONS + ".gridPoints", OPTIONS + ".shuffle", OPTIONS + ".suffle"),
                Set.copyOf(e.problems().stream().map(Problem::path).toList()));
        ObjectNode nested = JsonNodeFactory.instance.objectNode();
        nested.putObject("gridPoints").put("lr", 2.5);
        SpecException f = assertThrows(SpecException.class, () -> grid(nested));
        assertEquals(OPTIONS + ".gridPoints.lr", f.problems().get(0).path());
        ObjectNode text = JsonNodeFactory.instance.objectNode().put("gridPoints", "five");
        assertEquals(OPTIONS + ".gridPoints",
                assertThrows(SpecException.class, () -> grid(text)).problems().get(0).path());
    }

    @Test
    void tooLargeGridIsAClearErrorNotAHang() {
        SearchSpace space = SearchSpace.of(
                Parameter.of("a", IntDomain.of(1, 100_000)),
                Parameter.of("b", IntDomain.of(1, 1_000)));
        SpecException e = assertThrows(SpecException.class,
                () -> proposeOnce(newSampler(), space, History.empty(Direction.MINIMIZE)));
        assertEquals("$.space", e.problems().get(0).path());
        assertTrue(e.getMessage().contains("more than 10000000 combinations"), e.getMessage());
        SearchSpace huge = SearchSpace.of(Parameter.of("seed", IntDomain.of(0, 1L << 40)));
        SpecException f = assertThrows(SpecException.class,
                () -> proposeOnce(newSampler(), huge, History.empty(Direction.MINIMIZE)));
        assertEquals("$.space.seed", f.problems().get(0).path());
    }

    @Test
    void conditionsKeepALargeCartesianProductWithinTheLimit() {
        SearchSpace space = SearchSpace.of(
                Parameter.of("kind", CategoricalDomain.of("a", "b")),
                new Parameter("x", IntDomain.of(1, 5_000), Condition.on("kind", "a")),
                new Parameter("y", IntDomain.of(1, 5_000), Condition.on("kind", "b")));
        List<Trial> trials = new ArrayList<>();
        for (int x = 1; x <= 5_000; x++) {
            trials.add(Trial.created(x - 1, Map.of("kind", "a", "x", (long) x), TrialState.RUNNING, T0));
        }
        History history = new History(Direction.MINIMIZE, trials);
        Sampler sampler = newSampler();
        assertEquals(Optional.of(Map.of("kind", "b", "y", 1L)), proposeOnce(sampler, space, history));
        assertEquals(10_000, ((GridSampler) sampler).gridOf(space).size());
    }

    @Test
    void shuffledGridVisitsEveryCombinationOnceInASeededOrder() {
        ObjectNode options = JsonNodeFactory.instance.objectNode().put("shuffle", true);
        SearchSpace space = SamplerContract.finiteSpace();
        List<Map<String, Object>> first = proposeSequence(grid(options), space, 1, 1000);
        assertEquals(216, new HashSet<>(first).size());
        assertEquals(216, first.size());
        List<Map<String, Object>> ordered = proposeSequence(newSampler(), space, 1, 1000);
        assertEquals(new HashSet<>(ordered), new HashSet<>(first));
        assertTrue(!ordered.equals(first), "shuffled order differs from grid order");
        assertEquals(first, proposeSequence(grid(options), space, 1, 1000));
    }

    @Test
    void randomFreeDrawsOnlyFreeOrdinalsEvenWhenAlmostAllAreUsed() {
        BitSet used = new BitSet();
        used.set(0, 1000);
        used.clear(637);
        SplittableRandom rng = new SplittableRandom(1);
        assertEquals(637, GridSampler.randomFree(used, 1000, rng));
        used.set(637);
        assertEquals(1000, GridSampler.randomFree(used, 1000, rng));
    }
}

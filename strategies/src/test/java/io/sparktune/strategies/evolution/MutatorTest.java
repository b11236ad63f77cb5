package io.sparktune.strategies.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.sampler.SamplerContract;
import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.Condition;
import io.sparktune.space.FixedDomain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.space.Values;
import io.sparktune.strategies.ConditionalSpaces;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MutatorTest {

    private static final int N = 20_000;
    private static final Mutator PERTURB = new Mutator(Mutation.PERTURB, 0.2);
    private static final Mutator REDRAW = new Mutator(Mutation.REDRAW, 0.2);

    /** The median of |z| for a standard normal z. */
    private static final double MEDIAN_ABS_NORMAL = 0.6744897501960817;

    private static double median(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    @Test
    void aChildDiffersFromItsParentInExactlyOneParameter() {
        SplittableRandom rng = new SplittableRandom(1);
        for (Map<String, Object> parent : Histories.points(200, 2)) {
            for (Mutator mutator : List.of(PERTURB, REDRAW)) {
                Map<String, Object> child = mutator.mutate(Histories.SPACE, parent, rng);
                assertTrue(Histories.SPACE.contains(child), child::toString);
                assertEquals(1, Histories.differences(parent, child), parent + " -> " + child);
            }
        }
    }

    @Test
    void theChangedParameterIsDrawnUniformlyAmongThoseThatCanChange() {
        SearchSpace space = SearchSpace.of(
                Parameter.of("a", FloatDomain.of(0, 1)),
                Parameter.of("one", FloatDomain.of(2, 2)),
                Parameter.of("b", IntDomain.of(0, 9)),
                Parameter.of("epochs", new FixedDomain(10)),
                Parameter.of("single", CategoricalDomain.of("only")),
                Parameter.of("c", CategoricalDomain.of("x", "y")));
        Map<String, Object> parent = Map.of("a", 0.5, "one", 2.0, "b", 4L, "epochs", 10L, "single", "only", "c", "x");
        Map<String, Integer> changed = new TreeMap<>();
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 3000; i++) {
            Map<String, Object> child = PERTURB.mutate(space, parent, rng);
            parent.forEach((name, value) -> {
                if (!Values.same(value, child.get(name))) {
                    changed.merge(name, 1, Integer::sum);
                }
            });
        }
        assertEquals(Set.of("a", "b", "c"), changed.keySet());
        changed.values().forEach(count -> assertEquals(1000, count, 90, changed::toString));
    }

    @Test
    void aSpaceWithNothingToChangeGivesTheParentBack() {
        SearchSpace space = SearchSpace.of(Parameter.of("epochs", new FixedDomain(10)),
                Parameter.of("one", IntDomain.of(3, 3)));
        Map<String, Object> parent = Map.of("epochs", 10L, "one", 3L);
        assertEquals(parent, PERTURB.mutate(space, parent, new SplittableRandom(4)));
    }

    @Test
    void aCategoricalTakesAnotherChoiceEachEquallyOften() {
        CategoricalDomain domain = CategoricalDomain.of("relu", "tanh", "gelu", 1L);
        SplittableRandom rng = new SplittableRandom(5);
        for (Mutator mutator : List.of(PERTURB, REDRAW)) {
            Map<Object, Integer> counts = new HashMap<>();
            for (int i = 0; i < 3000; i++) {
                counts.merge(mutator.mutateValue(domain, "tanh", rng), 1, Integer::sum);
            }
            assertEquals(Set.of("relu", "gelu", 1L), counts.keySet());
            counts.values().forEach(c -> assertEquals(1000, c, 90, counts::toString));
        }
    }

    @Test
    void aFloatMovesByAGaussianStepOfTheScaledRange() {
        FloatDomain domain = FloatDomain.of(-5, 5);
        SplittableRandom rng = new SplittableRandom(6);
        double[] steps = new double[N];
        int up = 0;
        for (int i = 0; i < N; i++) {
            double child = PERTURB.perturb(domain, 1.0, rng);
            assertTrue(domain.contains(child), "outside the domain: " + child);
            steps[i] = Math.abs(child - 1.0);
            up += child > 1.0 ? 1 : 0;
        }
        assertEquals(MEDIAN_ABS_NORMAL * 0.2 * 10, median(steps), 0.05);
        assertEquals(0.5, up / (double) N, 0.02);
    }

    @Test
    void aLogFloatMovesInLogSpace() {
        FloatDomain lr = FloatDomain.logOf(1e-5, 1e-1);
        SplittableRandom rng = new SplittableRandom(7);
        double[] logSteps = new double[N];
        int up = 0;
        for (int i = 0; i < N; i++) {
            double child = PERTURB.perturb(lr, 1e-3, rng);
            assertTrue(lr.contains(child), "outside the domain: " + child);
            logSteps[i] = Math.abs(Math.log(child / 1e-3));
            up += child > 1e-3 ? 1 : 0;
        }
        assertEquals(MEDIAN_ABS_NORMAL * 0.2 * Math.log(1e4), median(logSteps), 0.05);
        assertEquals(0.5, up / (double) N, 0.02, "as many children below the parent as above, in log space");
    }

    @Test
    void aParentAtAnEdgeGetsChildrenInsideReflectedNotPiledOnTheBound() {
        FloatDomain domain = FloatDomain.of(0, 1);
        SplittableRandom rng = new SplittableRandom(8);
        double[] steps = new double[N];
        for (int i = 0; i < N; i++) {
            double child = PERTURB.perturb(domain, 1.0, rng);
            assertTrue(child >= 0 && child < 1.0, "a child of the edge must move inside: " + child);
            steps[i] = 1.0 - child;
        }
        assertEquals(MEDIAN_ABS_NORMAL * 0.2, median(steps), 0.01);
    }

    @Test
    void theWidestRangesOfFiniteNumbersDoNotOverflow() {
        FloatDomain widest = FloatDomain.of(-Double.MAX_VALUE, Double.MAX_VALUE);
        SplittableRandom rng = new SplittableRandom(15);
        for (double parent : new double[] {0.0, Double.MAX_VALUE, -Double.MAX_VALUE, 1e300}) {
            for (int i = 0; i < 100; i++) {
                double child = PERTURB.perturb(widest, parent, rng);
                assertTrue(widest.contains(child) && child != parent, parent + " -> " + child);
            }
        }
        assertEquals(2.0, Mutator.move(2.0, 2.0, 2.0, false, 0.3), "a one-point range stays put");
    }

    @Test
    void reflectionFoldsBackIntoTheRangeAsOftenAsNeeded() {
        assertEquals(0.3, Mutator.reflect(0.3, 0, 1), 1e-12);
        assertEquals(0.8, Mutator.reflect(1.2, 0, 1), 1e-12);
        assertEquals(0.2, Mutator.reflect(-0.2, 0, 1), 1e-12);
        assertEquals(0.5, Mutator.reflect(2.5, 0, 1), 1e-12);
        assertEquals(0.25, Mutator.reflect(-3.75, 0, 1), 1e-12);
        assertEquals(3.0, Mutator.reflect(5.0, 2, 4), 1e-12);
        assertEquals(2.0, Mutator.reflect(9.0, 2, 2), 1e-12);
    }

    @Test
    void integersAndSteppedFloatsAlwaysMoveToAnotherPointOfTheirGrid() {
        SplittableRandom rng = new SplittableRandom(9);
        IntDomain layers = IntDomain.of(1, 4);
        IntDomain batch = new IntDomain(16, 128, false, 16);
        IntDomain units = new IntDomain(8, 512, true, 1);
        FloatDomain decay = new FloatDomain(0.0, 0.01, false, 0.0025);
        for (int i = 0; i < 2000; i++) {
            for (long parent : new long[] {1, 2, 4}) {
                long child = PERTURB.perturb(layers, parent, rng);
                assertTrue(layers.contains(child) && child != parent, parent + " -> " + child);
            }
            for (long parent : new long[] {16, 64, 128}) {
                long child = PERTURB.perturb(batch, parent, rng);
                assertTrue(batch.contains(child) && child != parent, parent + " -> " + child);
            }
            long unitsChild = PERTURB.perturb(units, 512, rng);
            assertTrue(units.contains(unitsChild) && unitsChild != 512, "512 -> " + unitsChild);
            double decayChild = PERTURB.perturb(decay, 0.0, rng);
            assertTrue(decay.contains(decayChild) && decayChild != 0.0, "0.0 -> " + decayChild);
        }
    }

    @Test
    void smallStepsOnAGridGoToANeighbour() {
        Mutator tiny = new Mutator(Mutation.PERTURB, 1e-6);
        SplittableRandom rng = new SplittableRandom(10);
        Map<Long, Integer> children = new TreeMap<>();
        for (int i = 0; i < 4000; i++) {
            children.merge(tiny.perturb(IntDomain.of(0, 10), 5, rng), 1, Integer::sum);
        }
        assertEquals(Set.of(4L, 6L), children.keySet());
        assertEquals(2000, children.get(4L), 150);
        assertEquals(List.of(1L), List.of(tiny.perturb(IntDomain.of(0, 10), 0, rng)), "at the low edge, up");
        assertEquals(9L, Mutator.neighbour(10, 11, 0.5), "at the high edge, down");
    }

    @Test
    void redrawingANumberDrawsFromTheWholeDomainAnotherValue() {
        SplittableRandom rng = new SplittableRandom(11);
        Map<Long, Integer> counts = new TreeMap<>();
        for (int i = 0; i < 4000; i++) {
            counts.merge((Long) REDRAW.mutateValue(IntDomain.of(1, 5), 3L, rng), 1, Integer::sum);
        }
        assertEquals(Set.of(1L, 2L, 4L, 5L), counts.keySet());
        counts.values().forEach(c -> assertEquals(1000, c, 100, counts::toString));
        double far = 0;
        for (int i = 0; i < 4000; i++) {
            far += Math.abs((Double) REDRAW.mutateValue(FloatDomain.of(0, 1), 0.5, rng) - 0.5) > 0.4 ? 1 : 0;
        }
        assertEquals(0.2, far / 4000, 0.03, "a fifth of uniform redraws land more than 0.4 away");
    }

    @Test
    void switchingTheParentOfAConditionDropsOrDrawsItsChildren() {
        SearchSpace space = ConditionalSpaces.optimizerWithMomentum();
        SplittableRandom rng = new SplittableRandom(12);
        Map<Object, Integer> momenta = new HashMap<>();
        for (int i = 0; i < 600; i++) {
            Map<String, Object> fromSgd = PERTURB.mutate(space, Map.of("optimizer", "sgd", "momentum", 0.5), rng);
            if (fromSgd.get("optimizer").equals("adam")) {
                assertEquals(Map.of("optimizer", "adam"), fromSgd);
            } else {
                assertEquals("sgd", fromSgd.get("optimizer"));
                assertNotEquals(0.5, fromSgd.get("momentum"));
            }
            Map<String, Object> fromAdam = PERTURB.mutate(space, Map.of("optimizer", "adam"), rng);
            assertEquals("sgd", fromAdam.get("optimizer"), "the only parameter that can change");
            momenta.merge(fromAdam.get("momentum"), 1, Integer::sum);
        }
        assertEquals(Set.of(0.0, 0.5, 0.9), momenta.keySet(), "momentum is drawn fresh, every value possible");
    }

    @Test
    void aChainOfConditionsStaysConsistent() {
        SearchSpace space = SamplerContract.fullSpace();
        SplittableRandom rng = new SplittableRandom(13);
        Map<String, Object> parent = new LinkedHashMap<>(Map.of("lr", 1e-3, "dropout", 0.1, "weightDecay", 0.005,
                "layers", 2L, "units", 64L, "batch", 32L, "activation", "relu", "scale", 2.5, "bias", true,
                "epochs", 10L));
        parent.putAll(Map.of("optimizer", "sgd", "momentum", 0.9, "nesterov", true));
        assertTrue(space.contains(parent));
        for (int i = 0; i < 2000; i++) {
            Map<String, Object> child = PERTURB.mutate(space, parent, rng);
            assertTrue(space.contains(child), () -> space.problemWith(child).get());
            parent = new LinkedHashMap<>(child);
        }
    }

    @Test
    void aParentValueTheSpaceNoLongerHoldsIsDrawnAgain() {
        SearchSpace space = SearchSpace.of(Parameter.of("x", FloatDomain.of(0, 1)),
                Parameter.of("act", CategoricalDomain.of("relu", "tanh")),
                new Parameter("alpha", FloatDomain.of(0, 1), Condition.on("act", "relu")));
        Map<String, Object> aligned = Mutator.align(space, Map.of("x", 7.0, "act", "relu", "gone", 1L),
                new SplittableRandom(14));
        assertEquals(List.of("x", "act", "alpha"), List.copyOf(aligned.keySet()));
        assertTrue(space.contains(aligned), aligned::toString);
        assertEquals("relu", aligned.get("act"));
    }
}

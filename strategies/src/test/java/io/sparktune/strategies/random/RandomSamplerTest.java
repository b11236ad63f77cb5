package io.sparktune.strategies.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.random.Seeds;
import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.SamplerContract;
import io.sparktune.sampler.Samplers;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.ComponentSpec;
import io.sparktune.spec.SpecException;
import io.sparktune.strategies.ConditionalSpaces;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RandomSamplerTest extends SamplerContract {

    private static final int N = 20_000;

    @Override
    protected Sampler newSampler() {
        return new RandomSampler();
    }

    @Test
    void neverProposesMomentumForAdam() {
        SearchSpace space = ConditionalSpaces.optimizerWithMomentum();
        Set<Object> momentaForSgd = new HashSet<>();
        int adam = 0;
        for (int n = 0; n < 500; n++) {
            Map<String, Object> params =
                    new RandomSampler().propose(space, History.empty(Direction.MINIMIZE), Seeds.forTrial(3, n)).get();
            if (params.get("optimizer").equals("adam")) {
                adam++;
                assertEquals(Set.of("optimizer"), params.keySet());
            } else {
                momentaForSgd.add(params.get("momentum"));
            }
        }
        assertTrue(adam > 200 && adam < 300, "adam drawn " + adam + " times of 500");
        assertEquals(Set.of(0.0, 0.5, 0.9), momentaForSgd);
    }

    @Test
    void logUniformFloatPutsHalfTheDrawsBelowTheGeometricMean() {
        FloatDomain lr = FloatDomain.logOf(1e-5, 1e-1);
        double geometricMean = Math.sqrt(1e-5 * 1e-1);
        SplittableRandom rng = new SplittableRandom(1);
        int below = 0;
        int belowTenfold = 0;
        for (int i = 0; i < N; i++) {
            double x = RandomSampler.drawFloat(lr, rng);
            assertTrue(x >= 1e-5 && x <= 1e-1, "out of range: " + x);
            below += x < geometricMean ? 1 : 0;
            belowTenfold += x < 1e-4 ? 1 : 0;
        }
        assertEquals(0.5, below / (double) N, 0.02);
        assertEquals(0.25, belowTenfold / (double) N, 0.02, "one decade of four holds a quarter of the draws");
    }

    @Test
    void uniformFloatHasTheMeanOfItsRange() {
        SplittableRandom rng = new SplittableRandom(2);
        double sum = 0;
        for (int i = 0; i < N; i++) {
            sum += RandomSampler.drawFloat(FloatDomain.of(-1, 3), rng);
        }
        assertEquals(1.0, sum / N, 0.03);
    }

    @Test
    void steppedFloatReachesEveryGridPointEquallyOften() {
        FloatDomain domain = new FloatDomain(0.1, 0.5, false, 0.1);
        SplittableRandom rng = new SplittableRandom(3);
        Map<Double, Integer> counts = new TreeMap<>();
        for (int i = 0; i < N; i++) {
            double x = RandomSampler.drawFloat(domain, rng);
            assertTrue(domain.contains(x), "off the grid: " + x);
            counts.merge(x, 1, Integer::sum);
        }
        assertEquals(5, counts.size(), "every grid point appears: " + counts);
        counts.values().forEach(c -> assertEquals(N / 5.0, c, N * 0.02, "counts " + counts));
    }

    @Test
    void steppedIntReachesEveryValueEquallyOften() {
        IntDomain domain = new IntDomain(16, 128, false, 16);
        SplittableRandom rng = new SplittableRandom(4);
        Map<Long, Integer> counts = new TreeMap<>();
        for (int i = 0; i < N; i++) {
            counts.merge(RandomSampler.drawInt(domain, rng), 1, Integer::sum);
        }
        assertEquals(Set.of(16L, 32L, 48L, 64L, 80L, 96L, 112L, 128L), counts.keySet());
        counts.values().forEach(c -> assertEquals(N / 8.0, c, N * 0.02, "counts " + counts));
    }

    @Test
    void logIntReachesEveryValueWithOptunasWeights() {
        IntDomain domain = new IntDomain(1, 8, true, 1);
        SplittableRandom rng = new SplittableRandom(5);
        Map<Long, Integer> counts = new TreeMap<>();
        for (int i = 0; i < N; i++) {
            counts.merge(RandomSampler.drawInt(domain, rng), 1, Integer::sum);
        }
        assertEquals(8, counts.size(), "every value is reachable: " + counts);
        double total = Math.log(8.5 / 0.5);
        for (long v = 1; v <= 8; v++) {
            double expected = Math.log((v + 0.5) / (v - 0.5)) / total;
            assertEquals(expected, counts.get(v) / (double) N, 0.015, "share of " + v);
        }
    }

    @Test
    void degenerateRangesGiveTheirOnlyValue() {
        SplittableRandom rng = new SplittableRandom(6);
        assertEquals(2.0, RandomSampler.drawFloat(FloatDomain.of(2, 2), rng));
        assertEquals(2.0, RandomSampler.drawFloat(FloatDomain.logOf(2, 2), rng));
        assertEquals(7L, RandomSampler.drawInt(new IntDomain(7, 7, true, 1), rng));
    }

    @Test
    void isFoundByItsJsonNameAndTakesNoOptions() {
        Sampler sampler = Samplers.create(ComponentSpec.of("random", "$.strategy.options"));
        assertTrue(sampler instanceof RandomSampler);
        ObjectNode options = JsonNodeFactory.instance.objectNode().put("seed", 3);
        SpecException e = assertThrows(SpecException.class,
                () -> Samplers.create(new ComponentSpec("random", options, "$.strategy.options")));
        assertEquals("$.strategy.options.seed", e.problems().get(0).path());
        assertFalse(e.getMessage().contains("io.sparktune"), e.getMessage());
    }

    @Test
    void proposalsIgnoreTheHistory() {
        SearchSpace space = SamplerContract.fullSpace();
        History history = SamplerContract.historyOf(SamplerContract.proposeSequence(newSampler(), space, 9, 10));
        assertEquals(new RandomSampler().propose(space, History.empty(Direction.MINIMIZE), Seeds.forTrial(9, 10)),
                new RandomSampler().propose(space, history, Seeds.forTrial(9, 10)));
    }
}

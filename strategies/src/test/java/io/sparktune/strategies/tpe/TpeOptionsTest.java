package io.sparktune.strategies.tpe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.Samplers;
import io.sparktune.spec.ComponentSpec;
import io.sparktune.spec.Problem;
import io.sparktune.spec.SpecException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TpeOptionsTest {

    private static Sampler create(String json) throws Exception {
        ObjectNode options = (ObjectNode) new ObjectMapper().readTree(json);
        return Samplers.create(new ComponentSpec("tpe", options, "$.strategy.options"));
    }

    @Test
    void gammaFollowsOptunasDefaultGamma() {
        // optuna.samplers._tpe.sampler.default_gamma(n) for n in [0, 1, 9, 10, 11, 30, 100, 249, 250, 251, 1000]
        int[] n = {0, 1, 9, 10, 11, 30, 100, 249, 250, 251, 1000};
        int[] expected = {0, 1, 1, 1, 2, 3, 10, 25, 25, 25, 25};
        for (int i = 0; i < n.length; i++) {
            assertEquals(expected[i], TpeOptions.defaults().gamma(n[i]), "gamma(" + n[i] + ")");
        }
    }

    @Test
    void weightsFollowOptunasDefaultWeights() {
        double[] thirty = TpeOptions.defaults().weights(30);
        // optuna.samplers._tpe.sampler.default_weights(30)[:5]: the ramp over the oldest 5, then ones
        assertArrayEquals(new double[] {0.03333333333333333, 0.275, 0.5166666666666667, 0.7583333333333333, 1.0},
                java.util.Arrays.copyOf(thirty, 5), 1e-15);
        for (int i = 5; i < 30; i++) {
            assertEquals(1.0, thirty[i]);
        }
        // default_weights(26) = [1/26, 1, ..., 1]
        assertEquals(1 / 26.0, TpeOptions.defaults().weights(26)[0], 1e-15);
        assertEquals(1.0, TpeOptions.defaults().weights(26)[1]);
        assertArrayEquals(new double[] {1, 1, 1}, TpeOptions.defaults().weights(3));
        assertEquals(0, TpeOptions.defaults().weights(0).length);
        TpeOptions flat = new TpeOptions(10, 24, 0.1, 25, TpeOptions.Weights.FLAT, 1, true, true, false, false,
                false, true);
        for (double w : flat.weights(100)) {
            assertEquals(1.0, w);
        }
    }

    @Test
    void isFoundByItsJsonNameWithOptunasDefaults() throws Exception {
        Sampler sampler = Samplers.create(ComponentSpec.of("tpe", "$.strategy.options"));
        assertTrue(sampler instanceof TpeSampler);
        TpeOptions o = ((TpeSampler) sampler).options();
        assertEquals(TpeOptions.defaults(), o);
        assertEquals(10, o.nStartupTrials());
        assertEquals(24, o.nEiCandidates());
        assertEquals(1.0, o.priorWeight());
        assertTrue(o.considerPrior() && o.considerMagicClip() && !o.considerEndpoints());
        assertTrue(!o.multivariate() && !o.group() && o.constantLiar());
    }

    @Test
    void readsEveryOption() throws Exception {
        TpeSampler sampler = (TpeSampler) create("""
                {"nStartupTrials": 5, "nEiCandidates": 48, "gammaFraction": 0.25, "gammaMax": 10,
                 "weights": "flat", "priorWeight": 2.5, "considerPrior": false, "considerMagicClip": false,
                 "considerEndpoints": true, "multivariate": true, "group": true, "constantLiar": false}""");
        assertEquals(new TpeOptions(5, 48, 0.25, 10, TpeOptions.Weights.FLAT, 2.5, false, false, true, true, true,
                false), sampler.options());
        assertEquals(10, sampler.options().gamma(1000));
        assertEquals(3, sampler.options().gamma(9));
    }

    @Test
    void badOptionsAreReportedAtTheirJsonPaths() {
        SpecException e = assertThrows(SpecException.class, () -> create("""
                {"nStartupTrials": -1, "nEiCandidates": 0, "gammaFraction": 0, "weights": "linear",
                 "priorWeight": 0, "group": true, "multivariat": true}"""));
        List<String> paths = e.problems().stream().map(Problem::path).toList();
        assertEquals(List.of("$.strategy.options.nStartupTrials", "$.strategy.options.nEiCandidates",
                "$.strategy.options.gammaFraction", "$.strategy.options.weights", "$.strategy.options.priorWeight",
                "$.strategy.options.group", "$.strategy.options.multivariat"), paths);
        assertTrue(e.getMessage().contains("did you mean"), e.getMessage());
        assertTrue(e.getMessage().contains("requires \"multivariate\": true"), e.getMessage());
        assertFalse(e.getMessage().contains("io.sparktune"), e.getMessage());
    }

    @Test
    void theConstructorSaysWhatMustHold() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TpeOptions(10, 24, 1.5, 25, TpeOptions.Weights.RAMP, 1, true, true, false, false, false, true));
        assertEquals("0 < gammaFraction <= 1 must hold, but got gammaFraction=1.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TpeOptions.defaults().withMultivariate(false, true));
        assertEquals("group requires multivariate, but got group=true, multivariate=false", e.getMessage());
    }
}

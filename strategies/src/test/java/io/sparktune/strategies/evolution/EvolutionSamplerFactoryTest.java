package io.sparktune.strategies.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.Samplers;
import io.sparktune.spec.ComponentSpec;
import io.sparktune.spec.SpecException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvolutionSamplerFactoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Sampler create(String options) throws Exception {
        return Samplers.create(new ComponentSpec("evolution", (ObjectNode) JSON.readTree(options),
                "$.strategy.options"));
    }

    private static List<String> problems(String options) {
        SpecException e = assertThrows(SpecException.class, () -> create(options));
        assertFalse(e.getMessage().contains("io.sparktune"), e.getMessage());
        return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
    }

    @Test
    void isFoundByItsJsonNameWithThePapersDefaults() throws Exception {
        Sampler sampler = create("{}");
        assertEquals(EvolutionSettings.defaults(), ((EvolutionSampler) sampler).settings());
        assertEquals(new EvolutionSettings(100, 10, Mutation.PERTURB, 0.2), EvolutionSettings.defaults());
    }

    @Test
    void readsEveryOption() throws Exception {
        EvolutionSampler sampler = (EvolutionSampler) create(
                "{\"population\": 20, \"sampleSize\": 5, \"mutation\": \"perturb\", \"perturbationScale\": 0.1}");
        assertEquals(new EvolutionSettings(20, 5, Mutation.PERTURB, 0.1), sampler.settings());
        EvolutionSampler redraw = (EvolutionSampler) create("{\"mutation\": \"redraw\"}");
        assertEquals(Mutation.REDRAW, redraw.settings().mutation());
    }

    @Test
    void aSmallPopulationAloneShrinksTheDefaultSampleSize() throws Exception {
        EvolutionSampler sampler = (EvolutionSampler) create("{\"population\": 4}");
        assertEquals(4, sampler.settings().sampleSize());
    }

    @Test
    void reportsEveryBadOptionAtItsPath() {
        assertEquals(List.of("$.strategy.options.sampleSize: must be <= population (20), got 30"),
                problems("{\"population\": 20, \"sampleSize\": 30}"));
        assertEquals(List.of("$.strategy.options.population: must be between 2 and 100000, got 1",
                "$.strategy.options.sampleSize: must be between 1 and 100000, got 0",
                "$.strategy.options.mutation: must be one of perturb, redraw, got \"perturbe\", did you mean \"perturb\"?",
                "$.strategy.options.perturbationScale: must be between 0 and 1, got 1.5",
                "$.strategy.options.populaton: unknown option, did you mean \"population\"? "
                        + "(known: population, sampleSize, mutation, perturbationScale)"),
                problems("{\"population\": 1, \"sampleSize\": 0, \"mutation\": \"perturbe\", "
                        + "\"perturbationScale\": 1.5, \"populaton\": 3}"));
        assertEquals(List.of("$.strategy.options.perturbationScale: must be > 0, got 0.0"),
                problems("{\"perturbationScale\": 0}"));
        assertEquals(List.of("$.strategy.options.perturbationScale: applies only to the mutation \"perturb\", "
                + "but mutation is \"redraw\""), problems("{\"mutation\": \"redraw\", \"perturbationScale\": 0.3}"));
    }

    @Test
    void settingsValidateWhatMustHold() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EvolutionSettings(10, 11, Mutation.PERTURB, 0.2));
        assertEquals("1 <= sampleSize <= population must hold, but got sampleSize=11, population=10", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new EvolutionSettings(1, 1, Mutation.PERTURB, 0.2));
        assertEquals("2 <= population <= 100000 must hold, but got population=1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new EvolutionSettings(10, 3, Mutation.PERTURB, 0));
        assertEquals("0 < perturbationScale <= 1 must hold, but got perturbationScale=0.0", e.getMessage());
        assertTrue(Mutation.fromJsonName("redraw").isPresent() && Mutation.fromJsonName("REDRAW").isEmpty());
    }
}

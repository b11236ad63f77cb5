package io.sparktune.strategies.stopping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.Schedulers;
import io.sparktune.spec.ComponentSpec;
import io.sparktune.spec.SpecException;
import io.sparktune.spec.StudySpecReader;
import io.sparktune.strategies.asha.AshaScheduler;
import io.sparktune.strategies.hyperband.HyperbandScheduler;
import io.sparktune.strategies.median.MedianStoppingRule;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The registered schedulers, built from study-file options. */
class SchedulerFactoriesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Scheduler create(String type, String options) throws Exception {
        return Schedulers.create(Optional.of(
                new ComponentSpec(type, (ObjectNode) JSON.readTree(options), "$.scheduler.options")));
    }

    private static String problems(String type, String options) {
        return assertThrows(SpecException.class, () -> create(type, options)).getMessage();
    }

    @Test
    void theThreeSchedulersAreRegistered() {
        assertTrue(Schedulers.registry().names().containsAll(java.util.List.of("asha", "hyperband", "median")),
                Schedulers.registry().names().toString());
    }

    @Test
    void ashaHasRayTunesDefaultsButEtaThree() throws Exception {
        AshaScheduler asha = (AshaScheduler) create("asha", "{}");
        assertEquals("asha(maxT=100, gracePeriod=1, reductionFactor=3, brackets=1)", asha.toString());
        AshaScheduler set = (AshaScheduler) create("asha",
                "{\"maxT\": 81, \"gracePeriod\": 3, \"reductionFactor\": 3, \"brackets\": 2}");
        assertEquals(java.util.List.of(9L, 27L), set.rungs(1));
    }

    @Test
    void ashaOptionProblemsNameTheirPaths() {
        assertEquals("$.scheduler.options.gracePeriod: must be < maxT (10), got 10",
                problems("asha", "{\"maxT\": 10, \"gracePeriod\": 10}"));
        assertEquals("$.scheduler.options.brackets: must be <= 4, one more than the rungs below maxT [1, 3, 9], got 5",
                problems("asha", "{\"maxT\": 27, \"brackets\": 5}"));
        assertEquals("$.scheduler.options.reductionFactor: must be between 2 and 1000, got 1",
                problems("asha", "{\"reductionFactor\": 1}"));
        assertEquals("$.scheduler.options.maxT: must be an integer, got a string (\"100\")",
                problems("asha", "{\"maxT\": \"100\"}"));
        assertEquals("$.scheduler.options.gracePerod: unknown option, did you mean \"gracePeriod\"? (known: maxT, "
                + "gracePeriod, reductionFactor, brackets)", problems("asha", "{\"gracePerod\": 2}"));
    }

    @Test
    void hyperbandNeedsR() throws Exception {
        HyperbandScheduler hyperband = (HyperbandScheduler) create("hyperband", "{\"R\": 81}");
        assertEquals("hyperband(R=81, eta=3)", hyperband.toString());
        assertEquals(143, hyperband.brackets().cycleLength());
        assertEquals("$.scheduler.options.R: is required: the maximum resource of a trial, in steps (its epochs)",
                problems("hyperband", "{}"));
        assertEquals("$.scheduler.options.eta: must be between 2 and 1000, got 1",
                problems("hyperband", "{\"R\": 27, \"eta\": 1}"));
    }

    @Test
    void medianHasAWarmUpOfOneStepAndThreeTrials() throws Exception {
        assertEquals("median(minSteps=1, minTrials=3)", create("median", "{}").toString());
        MedianStoppingRule set = (MedianStoppingRule) create("median", "{\"minSteps\": 5, \"minTrials\": 10}");
        assertEquals(5, set.minSteps());
        assertEquals(10, set.minTrials());
        assertEquals("$.scheduler.options.minTrials: must be between 1 and 1000000, got 0",
                problems("median", "{\"minTrials\": 0}"));
    }

    @Test
    void aStudyFileWithABadSchedulerIsRefusedWhenRead() {
        String study = """
                {"name": "s", "objective": {"metric": "value"},
                 "space": {"x0": {"type": "float", "low": -5, "high": 10}, "x1": {"type": "float", "low": 0, "high": 15}},
                 "scheduler": {"type": "asha", "options": {"maxT": 20, "gracePeriod": 30}},
                 "trainer": {"type": "function", "name": "branin", "steps": 20}}
                """;
        SpecException e = assertThrows(SpecException.class, () -> StudySpecReader.read(study, Path.of(".")));
        assertEquals("$.scheduler.options.gracePeriod: must be < maxT (20), got 30", e.getMessage());
    }
}

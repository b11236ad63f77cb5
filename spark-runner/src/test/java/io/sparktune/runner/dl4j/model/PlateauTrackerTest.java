package io.sparktune.runner.dl4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PlateauTrackerTest {

    @Test
    void theRateDropsAfterPatienceEpochsWithoutABetterLoss() {
        PlateauTracker t = new Plateau(2, 0.5, 0.01).tracker(0.1);
        assertEquals(OptionalDouble.empty(), t.epochEnded(1.0));
        assertEquals(OptionalDouble.empty(), t.epochEnded(0.9));
        assertEquals(OptionalDouble.empty(), t.epochEnded(0.95));
        assertEquals(OptionalDouble.of(0.05), t.epochEnded(0.9), "0.9 is not better than the best, 0.9");
        assertEquals(0.05, t.learningRate());
        assertEquals(OptionalDouble.empty(), t.epochEnded(0.91), "the count starts again after a drop");
        assertEquals(OptionalDouble.of(0.025), t.epochEnded(Double.NaN));
        assertEquals(OptionalDouble.empty(), t.epochEnded(0.5));
    }

    @Test
    void theRateStopsAtTheMinimum() {
        PlateauTracker t = new Plateau(1, 0.1, 0.004).tracker(0.1);
        t.epochEnded(1.0);
        assertEquals(0.01, t.epochEnded(1.0).orElseThrow(), 1e-15);
        assertEquals(OptionalDouble.of(0.004), t.epochEnded(1.0));
        assertEquals(OptionalDouble.empty(), t.epochEnded(1.0), "already at the minimum");
        assertEquals(0.004, t.learningRate());
    }

    @Test
    void invalidRulesAreRejected() {
        assertEquals("patience >= 1 must hold, but got 0",
                assertThrows(IllegalArgumentException.class, () -> new Plateau(0, 0.5, 0)).getMessage());
        assertEquals("0 < factor < 1 must hold, but got 1.0",
                assertThrows(IllegalArgumentException.class, () -> new Plateau(1, 1.0, 0)).getMessage());
        assertEquals("minLearningRate >= 0 must hold, but got -1.0",
                assertThrows(IllegalArgumentException.class, () -> new Plateau(1, 0.5, -1)).getMessage());
        assertEquals("initialLearningRate > 0 must hold, but got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new Plateau(1, 0.5, 0).tracker(0)).getMessage());
    }
}

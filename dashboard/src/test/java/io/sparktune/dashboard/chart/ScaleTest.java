package io.sparktune.dashboard.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void linearScalesMapEndsToPixels() {
        Scale y = Scale.linear(0, 10, 200, 0);
        assertEquals(200, y.map(0), 1e-9);
        assertEquals(0, y.map(10), 1e-9);
        assertEquals(150, y.map(2.5), 1e-9);
    }

    @Test
    void ticksAreRoundNumbersInsideTheDomain() {
        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1"), labels(Scale.linear(0, 1, 0, 1).ticks(5)));
        assertEquals(List.of("0.2", "0.25", "0.3"), labels(Scale.linear(0.19, 0.31, 0, 1).ticks(2)));
        assertEquals(List.of("0", "2000", "4000", "6000", "8000"),
                labels(Scale.linear(0, 9999, 0, 1).ticks(6)));
    }

    private static List<String> labels(List<Double> ticks) {
        return ticks.stream().map(Numbers::format).toList();
    }

    @Test
    void valuesOverDecadesGetALogScale() {
        Scale lr = Scale.fitting(1e-5, 1e-1, 0, 4);
        assertTrue(lr.log());
        assertEquals(2, lr.map(1e-3), 1e-9);
        assertEquals(List.of(1e-5, 1e-4, 1e-3, 1e-2, 1e-1), lr.ticks(5).stream()
                .map(t -> Double.parseDouble(String.format("%.0e", t))).toList());
        assertFalse(Scale.fitting(1, 15, 0, 1).log());
        assertTrue(Scale.fitting(0.5, 70, 0, 1).log());
        assertFalse(Scale.fitting(-1, 500, 0, 1).log());
    }

    @Test
    void aSingleValueSitsInTheMiddle() {
        assertEquals(50, Scale.linear(3, 3, 0, 100).map(3), 1e-9);
        assertEquals(50, new Scale(0.01, 0.01, 0, 100, true).map(0.01), 1e-9);
    }

    @Test
    void anInvertedDomainIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scale.linear(2, 1, 0, 1));
        assertEquals("low <= high must hold, but got low=2.0, high=1.0", e.getMessage());
    }
}

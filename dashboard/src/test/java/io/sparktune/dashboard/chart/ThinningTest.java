package io.sparktune.dashboard.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThinningTest {

    @Test
    void shortCurvesStayAsTheyAre() {
        List<Point> curve = List.of(new Point(1, 3), new Point(2, 1), new Point(3, 2));
        assertEquals(curve, Thinning.thin(curve, 200));
    }

    @Test
    void longCurvesKeepFirstLastMinAndMaxInOrder() {
        List<Point> curve = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            curve.add(new Point(i, Math.sin(i / 50.0) + i / 1000.0));
        }
        curve.set(4321, new Point(4321, -50));
        curve.set(777, new Point(777, 99));
        List<Point> thinned = Thinning.thin(curve, 200);

        assertTrue(thinned.size() <= 200 && thinned.size() > 150, "kept " + thinned.size());
        assertSame(curve.get(0), thinned.get(0));
        assertSame(curve.get(9_999), thinned.get(thinned.size() - 1));
        assertTrue(thinned.contains(new Point(4321, -50)), "the lowest point stays");
        assertTrue(thinned.contains(new Point(777, 99)), "the highest point stays");
        for (int i = 1; i < thinned.size(); i++) {
            assertTrue(thinned.get(i - 1).x() < thinned.get(i).x(), "in order at " + i);
        }
    }

    @Test
    void nanNeverCountsAsTheExtreme() {
        List<Point> curve = List.of(new Point(0, Double.NaN), new Point(1, 5), new Point(2, 2));
        assertEquals(2, Thinning.extreme(curve, true));
        assertEquals(1, Thinning.extreme(curve, false));
    }

    @Test
    void tooFewPointsAllowedIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Thinning.thin(List.of(), 3));
        assertEquals("max >= 4 must hold, but got max=3", e.getMessage());
    }
}

package io.sparktune.strategies.stopping;

import static io.sparktune.scheduler.HistoryLiteral.at;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.scheduler.HistoryLiteral;
import io.sparktune.trial.Direction;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class StoppingHelpersTest {

    @Test
    void decimalsShowSixSignificantDigitsWithoutTrailingZeros() {
        assertEquals("0.412", Decimals.format(0.412));
        assertEquals("0.388", Decimals.format(0.38800000000000001));
        assertEquals("12.3457", Decimals.format(12.345678));
        assertEquals("100", Decimals.format(100.0));
        assertEquals("-2.5", Decimals.format(-2.5));
        assertEquals("0", Decimals.format(-0.0));
        assertEquals("1.23457E-7", Decimals.format(1.2345678e-7));
        assertEquals("2.5E+12", Decimals.format(2.5e12));
        assertEquals("NaN", Decimals.format(Double.NaN));
        assertEquals("-Infinity", Decimals.format(Double.NEGATIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Decimals.format(1, 0));
    }

    @Test
    void decimalsShowEnoughDigitsToTellTwoNumbersApart() {
        assertArrayEquals(new String[] {"0.4120001", "0.4120002"}, Decimals.distinct(0.4120001, 0.4120002));
        assertArrayEquals(new String[] {"0.412", "0.388"}, Decimals.distinct(0.412, 0.388));
        assertArrayEquals(new String[] {"0.5", "0.5"}, Decimals.distinct(0.5, 0.5));
    }

    @Test
    void theValueAtAStepIsThatOfTheFirstReportAtOrPastIt() {
        List<Report> reports = List.of(at(2, 0.9), at(4, 0.7), at(8, 0.5));
        assertEquals(OptionalDouble.of(0.9), StepValues.at(reports, 1));
        assertEquals(OptionalDouble.of(0.9), StepValues.at(reports, 2));
        assertEquals(OptionalDouble.of(0.7), StepValues.at(reports, 3));
        assertEquals(OptionalDouble.of(0.5), StepValues.at(reports, 8));
        assertEquals(OptionalDouble.empty(), StepValues.at(reports, 9));
    }

    @Test
    void aReportReachesAStepFirstWhenNoEarlierReportDid() {
        Trial trial = HistoryLiteral.trialOf(0, TrialState.RUNNING, List.of(at(2, 0.9), at(4, 0.7)));
        Report last = at(4, 0.7);
        assertEquals(List.of(at(2, 0.9)), StepValues.before(trial, last));
        assertEquals(List.of(at(2, 0.9), at(4, 0.7)), StepValues.upTo(trial, last));
        assertTrue(StepValues.reachesFirst(StepValues.before(trial, last), last, 3));
        assertTrue(StepValues.reachesFirst(StepValues.before(trial, last), last, 4));
        assertFalse(StepValues.reachesFirst(StepValues.before(trial, last), last, 2), "step 2 was reached before");
        assertFalse(StepValues.reachesFirst(StepValues.before(trial, last), last, 5), "step 4 is short of 5");
        Report notYetHeld = at(6, 0.6);
        assertEquals(trial.reports(), StepValues.before(trial, notYetHeld));
    }

    @Test
    void theCutIsTheKthBestAndTiesMakeIt() {
        List<Double> values = List.of(0.5, 0.1, 0.4, 0.3, 0.2);
        Cut third = Cut.kthBest(values, 3, Direction.MINIMIZE);
        assertEquals(0.3, third.value());
        assertTrue(third.admits(0.3));
        assertTrue(third.admits(0.29));
        assertFalse(third.admits(0.31));
        assertFalse(third.admits(Double.NaN));
        Cut thirdOfMax = Cut.kthBest(values, 3, Direction.MAXIMIZE);
        assertEquals(0.3, thirdOfMax.value());
        assertTrue(thirdOfMax.admits(0.31));
        assertFalse(thirdOfMax.admits(0.29));
        assertEquals(0.1, Cut.kthBest(values, 1, Direction.MINIMIZE).value());
        assertEquals(0.5, Cut.kthBest(values, 1, Direction.MAXIMIZE).value());
    }

    @Test
    void nanRanksLastInEitherDirection() {
        List<Double> values = List.of(Double.NaN, 0.2, 0.7);
        assertEquals(0.7, Cut.kthBest(values, 2, Direction.MINIMIZE).value());
        assertEquals(0.2, Cut.kthBest(values, 2, Direction.MAXIMIZE).value());
        assertTrue(Double.isNaN(Cut.kthBest(values, 3, Direction.MAXIMIZE).value()));
        assertTrue(Cut.kthBest(values, 3, Direction.MINIMIZE).admits(Double.NaN));
    }

    @Test
    void kMustBeARankOfTheValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Cut.kthBest(List.of(0.1, 0.2), 3, Direction.MINIMIZE));
        assertEquals("1 <= k <= n must hold, but got k=3, n=2", e.getMessage());
    }
}

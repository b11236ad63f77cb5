package io.sparktune.strategies.median;

import static io.sparktune.scheduler.HistoryLiteral.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparktune.scheduler.HistoryLiteral;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.SchedulerContract;
import io.sparktune.scheduler.Verdict;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import org.junit.jupiter.api.Test;

class MedianStoppingRuleTest extends SchedulerContract {

    private static final Verdict C = Verdict.CONTINUE;

    @Override
    protected Scheduler newScheduler() {
        return new MedianStoppingRule(1, 3);
    }

    /**
     * Running averages at step 2: trial 0 (0.5 + 0.4) / 2 = 0.45, trial 1 (0.9 + 0.7) / 2 = 0.8,
     * trial 2 (0.2 + 0.3) / 2 = 0.25; trial 3 stopped at step 1 and does not count. Median 0.45.
     */
    private static HistoryLiteral threeOthers() {
        return HistoryLiteral.minimize()
                .completed(0.5, 0.4, 0.3)
                .completed(0.9, 0.7, 0.6)
                .running(0.2, 0.3)
                .pruned(0.8);
    }

    @Test
    void stopsATrialWhoseBestIsWorseThanTheMedianOfTheOthersRunningAverages() {
        History history = threeOthers().running(0.6, 0.5).build();
        assertEquals(Verdict.stop("step 2: best 0.5 is worse than the median 0.45 of 3 other trials' running averages"),
                judgeLast(newScheduler(), history, 4));
    }

    @Test
    void aBestBetterThanTheMedianGoesOn() {
        assertEquals(C, judgeLast(newScheduler(), threeOthers().running(0.6, 0.44).build(), 4));
        assertEquals(C, judgeLast(newScheduler(), threeOthers().running(0.6, 0.45).build(), 4), "equal is not worse");
        assertEquals(C, judgeLast(newScheduler(), threeOthers().running(0.3, 0.9).build(), 4),
                "the best so far is 0.3, from step 1");
    }

    @Test
    void anEvenNumberOfOthersHasTheMeanOfTheMiddleTwoAsMedian() {
        // a fourth running average, (0.4 + 0.3) / 2 = 0.35: the median of .25 .35 .45 .8 is 0.4
        History history = threeOthers().running(0.4, 0.3).running(0.6, 0.41).build();
        assertEquals(Verdict.stop("step 2: best 0.41 is worse than the median 0.4 of 4 other trials' running averages"),
                judgeLast(newScheduler(), history, 5));
        assertEquals(C, judgeLast(newScheduler(), threeOthers().running(0.4, 0.3).running(0.6, 0.39).build(), 5));
    }

    @Test
    void aTrialThatReportedPastTheStepCountsWithTheReportsUpToIt() {
        History history = HistoryLiteral.minimize()
                .running(at(1, 0.2), at(5, 0.9))
                .completed(0.3, 0.3, 0.3)
                .completed(0.4, 0.4, 0.4)
                .running(0.5, 0.5, 0.5)
                .build();
        assertEquals(Verdict.stop("step 3: best 0.5 is worse than the median 0.3 of 3 other trials' running averages"),
                judgeLast(newScheduler(), history, 3));
        History shorter = HistoryLiteral.minimize()
                .running(at(1, 0.2), at(2, 0.9))
                .completed(0.3, 0.3, 0.3)
                .completed(0.4, 0.4, 0.4)
                .running(0.5, 0.5, 0.5)
                .build();
        assertEquals(C, judgeLast(newScheduler(), shorter, 3), "trial 0 has not reached step 3: two others only");
    }

    @Test
    void fewerOtherTrialsThanMinTrialsStopNothing() {
        History two = HistoryLiteral.minimize().completed(0.1, 0.1).completed(0.2, 0.2).running(9.0, 9.0).build();
        assertEquals(C, judgeLast(newScheduler(), two, 2));
        assertEquals(Verdict.stop("step 2: best 9 is worse than the median 0.15 of 2 other trials' running averages"),
                judgeLast(new MedianStoppingRule(1, 2), two, 2));
    }

    @Test
    void stepsBeforeMinStepsAreNeverJudged() {
        History history = threeOthers().running(0.6, 0.5).build();
        assertEquals(C, judgeLast(new MedianStoppingRule(3, 3), history, 4));
        History atZero = HistoryLiteral.minimize().completed(at(0, 0.1)).completed(at(0, 0.1)).completed(at(0, 0.1))
                .running(at(0, 0.9)).build();
        assertEquals(C, judgeLast(newScheduler(), atZero, 3), "the default warm-up leaves step 0 alone");
        assertEquals(Verdict.stop("step 0: best 0.9 is worse than the median 0.1 of 3 other trials' running averages"),
                judgeLast(new MedianStoppingRule(0, 3), atZero, 3));
    }

    @Test
    void maximizingStopsTheSmaller() {
        History history = HistoryLiteral.mirror(threeOthers().running(0.6, 0.5).build());
        assertEquals(Direction.MAXIMIZE, history.direction());
        assertEquals(Verdict.stop("step 2: best -0.5 is worse than the median -0.45 of 3 other trials' running averages"),
                judgeLast(newScheduler(), history, 4));
    }

    @Test
    void nanValuesAreLeftOutOfAveragesAndNeverTheBest() {
        History history = HistoryLiteral.minimize()
                .completed(0.2, Double.NaN)
                .completed(0.4, 0.4)
                .completed(0.6, 0.6)
                .completed(Double.NaN, Double.NaN)
                .running(Double.NaN, Double.NaN)
                .build();
        assertEquals(Verdict.stop("step 2: best NaN is worse than the median 0.4 of 3 other trials' running averages"),
                judgeLast(newScheduler(), history, 4));
        assertEquals(0.4, MedianStoppingRule.median(new double[] {0.6, 0.2, 0.4}));
        assertEquals(0.5, MedianStoppingRule.median(new double[] {0.6, 0.2, 0.4, 0.8}), 1e-15);
    }

    @Test
    void settingsAreChecked() {
        assertEquals("minTrials >= 1 must hold, but got minTrials=0",
                assertThrows(IllegalArgumentException.class, () -> new MedianStoppingRule(1, 0)).getMessage());
        assertEquals("minSteps >= 0 must hold, but got minSteps=-1",
                assertThrows(IllegalArgumentException.class, () -> new MedianStoppingRule(-1, 3)).getMessage());
    }
}

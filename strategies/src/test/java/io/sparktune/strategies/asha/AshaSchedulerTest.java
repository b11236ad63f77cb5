package io.sparktune.strategies.asha;

import static io.sparktune.scheduler.HistoryLiteral.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.scheduler.Decision;
import io.sparktune.scheduler.HistoryLiteral;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.SchedulerContract;
import io.sparktune.scheduler.Verdict;
import io.sparktune.strategies.stopping.Judging;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AshaSchedulerTest extends SchedulerContract {

    private static final Verdict C = Verdict.CONTINUE;

    @Override
    protected Scheduler newScheduler() {
        return new AshaScheduler(100, 1, 3, 1);
    }

    @Test
    void rungsLieAtGraceTimesPowersOfEtaBelowMaxT() {
        assertEquals(List.of(1L, 3L, 9L, 27L, 81L), new AshaScheduler(100, 1, 3, 1).rungs(0));
        assertEquals(List.of(1L, 3L, 9L, 27L), new AshaScheduler(81, 1, 3, 1).rungs(0));
        AshaScheduler three = new AshaScheduler(100, 2, 2, 3);
        assertEquals(List.of(2L, 4L, 8L, 16L, 32L, 64L), three.rungs(0));
        assertEquals(List.of(4L, 8L, 16L, 32L, 64L), three.rungs(1));
        assertEquals(List.of(8L, 16L, 32L, 64L), three.rungs(2));
        assertEquals(6, AshaScheduler.maxBrackets(100, 1, 3));
        assertEquals(List.of(), new AshaScheduler(27, 1, 3, 4).rungs(3));
    }

    @Test
    void theReasonNamesTheRungItsStepTheValueTheCutAndHowManyTrials() {
        HistoryLiteral literal = HistoryLiteral.minimize();
        for (double v : new double[] {0.1, 0.2, 0.388, 0.5, 0.6, 0.7}) {
            literal.completed(at(1, v + 0.3), at(3, v + 0.1), at(9, v));
        }
        History history = literal.running(at(1, 0.7), at(3, 0.5), at(9, 0.412)).build();
        assertEquals(Verdict.stop("rung 2 (step 9): 0.412 is not in the top 1/3 of 7 trials (cut 0.388)"),
                judgeLast(newScheduler(), history, 6));
    }

    @Test
    void aValueEqualToTheCutGoesOnAndOneJustWorseStops() {
        for (double mine : new double[] {0.388, 0.3, 0.3881}) {
            HistoryLiteral literal = HistoryLiteral.minimize();
            for (double v : new double[] {0.1, 0.2, 0.388, 0.5, 0.6, 0.7}) {
                literal.completed(at(9, v));
            }
            History history = literal.running(at(9, mine)).build();
            assertEquals(mine > 0.388 ? Decision.STOP : Decision.CONTINUE,
                    judgeLast(newScheduler(), history, 6).decision(), "value " + mine);
        }
    }

    /** Nine trials through rungs 1, 3 and 9 with eta 3; each verdict computed by hand in the comments. */
    @Test
    void trialsThroughRungsOneThreeAndNine() {
        Judging study = new Judging(newScheduler(), Direction.MINIMIZE);
        double[] atOne = {0.50, 0.60, 0.40, 0.70, 0.45, 0.30, 0.80, 0.55, 0.42};
        List<Verdict> rungZero = new ArrayList<>();
        for (int n = 0; n < atOne.length; n++) {
            rungZero.add(study.report(n, 1, atOne[n]));
        }
        assertEquals(List.of(
                C, // 1 value, the top 1: itself
                Verdict.stop("rung 0 (step 1): 0.6 is not in the top 1/3 of 2 trials (cut 0.5)"),
                C, // 0.4 is the best of 3
                Verdict.stop("rung 0 (step 1): 0.7 is not in the top 1/3 of 4 trials (cut 0.5)"), // top 2: .4 .5
                C, // top 2 of .4 .45 .5 .6 .7
                C, // top 2 of .3 .4 .45 ...
                Verdict.stop("rung 0 (step 1): 0.8 is not in the top 1/3 of 7 trials (cut 0.45)"), // top 3
                Verdict.stop("rung 0 (step 1): 0.55 is not in the top 1/3 of 8 trials (cut 0.45)"),
                C), // top 3 of 9: .3 .4 .42: a tie with the cut goes on
                rungZero);

        assertEquals(C, study.report(0, 2, 5.0), "step 2 is no rung");
        assertEquals(C, study.report(0, 3, 0.35));
        study.report(2, 2, 0.39);
        assertEquals(Verdict.stop("rung 1 (step 3): 0.38 is not in the top 1/3 of 2 trials (cut 0.35)"),
                study.report(2, 3, 0.38));
        study.report(4, 2, 0.31);
        assertEquals(C, study.report(4, 3, 0.30), "the best of 3");
        study.report(5, 2, 0.25);
        assertEquals(C, study.report(5, 3, 0.20), "top 2 of .2 .3 .35 .38");
        study.report(8, 2, 0.35);
        assertEquals(Verdict.stop("rung 1 (step 3): 0.33 is not in the top 1/3 of 5 trials (cut 0.3)"),
                study.report(8, 3, 0.33));

        for (int n : new int[] {5, 0, 4}) {
            for (long step = 4; step <= 8; step++) {
                assertEquals(C, study.report(n, step, 1.0), "trial " + n + " at step " + step + " is between rungs");
            }
        }
        assertEquals(C, study.report(5, 9, 0.10));
        assertEquals(Verdict.stop("rung 2 (step 9): 0.25 is not in the top 1/3 of 2 trials (cut 0.1)"),
                study.report(0, 9, 0.25));
        assertEquals(C, study.report(4, 9, 0.05));
    }

    @Test
    void aTrialThatMissesARungIsJudgedAtItsFirstReportPastIt() {
        History history = HistoryLiteral.minimize()
                .completed(0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1)
                .running(at(2, 0.95))
                .build();
        assertEquals(Verdict.stop("rung 0 (step 1): 0.95 is not in the top 1/3 of 2 trials (cut 0.9)"),
                judgeLast(newScheduler(), history, 1));
        History skipping = HistoryLiteral.minimize()
                .completed(0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1)
                .running(at(2, 0.85), at(4, 0.75))
                .build();
        assertEquals(Verdict.stop("rung 1 (step 3): 0.75 is not in the top 1/3 of 2 trials (cut 0.7)"),
                judgeLast(newScheduler(), skipping, 1));
    }

    @Test
    void eachRungIsJudgedOnce() {
        History history = HistoryLiteral.minimize()
                .completed(0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1)
                .running(at(2, 0.85), at(4, 0.65), at(5, 5.0), at(8, 5.0))
                .build();
        assertEquals(C, judgeLast(newScheduler(), history, 1), "step 8 reaches no rung that step 4 did not");
    }

    @Test
    void aReportPastSeveralRungsIsJudgedAtTheHighest() {
        History history = HistoryLiteral.minimize()
                .completed(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
                .running(at(10, 0.5))
                .build();
        assertEquals(C, judgeLast(newScheduler(), history, 1),
                "0.5 is worse than 0.1 at rung 0, but better than 0.9 at rung 2, where it is judged");
        History worse = HistoryLiteral.minimize()
                .completed(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
                .running(at(10, 0.95))
                .build();
        assertEquals(Verdict.stop("rung 2 (step 9): 0.95 is not in the top 1/3 of 2 trials (cut 0.9)"),
                judgeLast(newScheduler(), worse, 1));
    }

    @Test
    void reportsAtOrPastMaxTAreNeverStopped() {
        AshaScheduler scheduler = new AshaScheduler(9, 1, 3, 1);
        assertEquals(List.of(1L, 3L), scheduler.rungs(0));
        History history = HistoryLiteral.minimize().completed(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)
                .running(at(9, 100.0)).build();
        assertEquals(C, judgeLast(scheduler, history, 1));
        History later = HistoryLiteral.minimize().completed(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)
                .running(at(12, 100.0)).build();
        assertEquals(C, judgeLast(scheduler, later, 1));
        assertEquals(Decision.STOP, judgeLast(new AshaScheduler(10, 1, 3, 1), history, 1).decision(),
                "with maxT 10, step 9 is a rung");
    }

    @Test
    void maximizingKeepsTheLargestValues() {
        Judging study = new Judging(newScheduler(), Direction.MAXIMIZE);
        assertEquals(C, study.report(0, 1, 0.5));
        assertEquals(C, study.report(1, 1, 0.6));
        assertEquals(Verdict.stop("rung 0 (step 1): 0.4 is not in the top 1/3 of 3 trials (cut 0.6)"),
                study.report(2, 1, 0.4));
    }

    @Test
    void bracketsSpreadTrialsByNumberInHyperbandsProportions() {
        AshaScheduler scheduler = new AshaScheduler(27, 1, 3, 2);
        assertEquals(List.of(1L, 3L, 9L), scheduler.rungs(0));
        assertEquals(List.of(3L, 9L), scheduler.rungs(1));
        // weights (K0 + 1) / (Kb + 1) * eta^Kb: 4/4 * 27 = 27 and 4/3 * 9 = 12, so shares 27/39 and 12/39;
        // frac(n * 0.618...) for n = 0..8: 0, .618, .236, .854, .472, .090, .708, .326, .944
        List<Integer> first = new ArrayList<>();
        for (int n = 0; n < 9; n++) {
            first.add(scheduler.bracketOf(n));
        }
        assertEquals(List.of(0, 0, 0, 1, 0, 0, 1, 0, 1), first);
        for (int start = 0; start < 10_000; start += 100) {
            int inOne = 0;
            for (int n = start; n < start + 100; n++) {
                inOne += scheduler.bracketOf(n);
            }
            assertEquals(100 * 12 / 39.0, inOne, 3, "trials " + start + " to " + (start + 99));
        }
        AshaScheduler one = new AshaScheduler(27, 1, 3, 1);
        for (int n = 0; n < 100; n++) {
            assertEquals(0, one.bracketOf(n));
        }
    }

    @Test
    void onlyTrialsOfTheSameBracketCompare() {
        AshaScheduler scheduler = new AshaScheduler(27, 1, 3, 2);
        Judging study = new Judging(scheduler, Direction.MINIMIZE);
        assertEquals(C, study.report(0, 1, 0.1));
        assertEquals(C, study.report(0, 3, 0.1));
        assertEquals(C, study.report(3, 1, 0.9), "bracket 1 has no rung at step 1");
        assertEquals(C, study.report(3, 3, 0.9), "trial 3 is the first of bracket 1 at step 3; trial 0 is in bracket 0");
        assertEquals(C, study.report(6, 3, 0.5));
        assertEquals(Verdict.stop("bracket 1, rung 0 (step 3): 0.95 is not in the top 1/3 of 3 trials (cut 0.5)"),
                study.report(8, 3, 0.95));
        assertEquals(Verdict.stop("bracket 0, rung 0 (step 1): 0.95 is not in the top 1/3 of 2 trials (cut 0.1)"),
                study.report(1, 1, 0.95));
    }

    @Test
    void constructorNamesWhatMustHold() {
        assertEquals("1 <= gracePeriod < maxT must hold, but got gracePeriod=9, maxT=9",
                assertThrows(IllegalArgumentException.class, () -> new AshaScheduler(9, 9, 3, 1)).getMessage());
        assertEquals("1 <= brackets <= 3 must hold for maxT=9, gracePeriod=1, reductionFactor=3, but got brackets=4",
                assertThrows(IllegalArgumentException.class, () -> new AshaScheduler(9, 1, 3, 4)).getMessage());
        assertEquals("2 <= reductionFactor <= 1000 must hold, but got reductionFactor=1",
                assertThrows(IllegalArgumentException.class, () -> new AshaScheduler(9, 1, 1, 1)).getMessage());
        assertTrue(new AshaScheduler(9, 1, 3, 3).toString().contains("brackets=3"));
    }
}

package io.sparktune.strategies.hyperband;

import static io.sparktune.scheduler.HistoryLiteral.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * R = 9, eta = 3: s_max = 2; bracket s=2 holds trials 0-8 (n_i / r_i: 9/1, 3/3, 1/9), s=1 trials
 * 9-13 (5/3, 1/9), s=0 trials 14-16 (3/9); trial 17 starts the next cycle.
 */
class HyperbandSchedulerTest extends SchedulerContract {

    private static final Verdict C = Verdict.CONTINUE;

    @Override
    protected Scheduler newScheduler() {
        return new HyperbandScheduler(STEPS, 3);
    }

    private static Judging nine() {
        return new Judging(new HyperbandScheduler(9, 3), Direction.MINIMIZE);
    }

    @Test
    void theBracketsOfRNine() {
        HyperbandBrackets brackets = new HyperbandScheduler(9, 3).brackets();
        assertEquals("""
                | i | s=2 | s=1 | s=0 |
                |---|---|---|---|
                | 0 | 9 / 1 | 5 / 3 | 3 / 9 |
                | 1 | 3 / 3 | 1 / 9 | |
                | 2 | 1 / 9 | | |
                """, brackets.table());
        assertEquals(17, brackets.cycleLength());
    }

    @Test
    void successiveHalvingInTheFirstBracket() {
        Judging study = nine();
        double[] atOne = {0.5, 0.6, 0.4, 0.7, 0.45, 0.3, 0.8, 0.55, 0.42};
        List<Verdict> roundZero = new ArrayList<>();
        for (int n = 0; n < atOne.length; n++) {
            roundZero.add(study.report(n, 1, atOne[n]));
        }
        assertEquals(List.of(
                C, C, C, // fewer than n_1 = 3 recorded: they go on
                Verdict.stop("bracket s=2, round 0 (step 1): 0.7 is not in the top 3 of 4 trials (cut 0.6)"),
                C, // top 3 of .4 .45 .5 .6 .7
                C, // top 3 of .3 .4 .45 ...
                Verdict.stop("bracket s=2, round 0 (step 1): 0.8 is not in the top 3 of 7 trials (cut 0.45)"),
                Verdict.stop("bracket s=2, round 0 (step 1): 0.55 is not in the top 3 of 8 trials (cut 0.45)"),
                C), // .3 .4 .42: a tie with the cut goes on
                roundZero);

        assertEquals(C, study.report(0, 2, 7.0), "step 2 ends no round");
        assertEquals(C, study.report(0, 3, 0.35), "the first to reach round 1, which keeps n_2 = 1");
        assertEquals(Verdict.stop("bracket s=2, round 1 (step 3): 0.36 is not in the top 1 of 2 trials (cut 0.35)"),
                study.report(1, 3, 0.36));
        assertEquals(C, study.report(5, 3, 0.2));
        assertEquals(Verdict.stop("bracket s=2, round 1 (step 3): 0.3 is not in the top 1 of 4 trials (cut 0.2)"),
                study.report(8, 3, 0.3));
        assertEquals(C, study.report(0, 9, 5.0), "step R ends the last round: never stopped");
        assertEquals(C, study.report(5, 12, 5.0), "past R: never stopped");
    }

    @Test
    void laterBracketsStartLaterAndKeepTheirOwnCounts() {
        Judging study = nine();
        for (int n = 0; n < 9; n++) {
            study.report(n, 3, 0.01 * n);
        }
        assertEquals(C, study.report(9, 1, 0.99), "bracket s=1 has no round ending at step 1");
        assertEquals(C, study.report(9, 3, 0.5), "the first of bracket s=1 at step 3; bracket s=2 does not count");
        assertEquals(Verdict.stop("bracket s=1, round 0 (step 3): 0.6 is not in the top 1 of 2 trials (cut 0.5)"),
                study.report(10, 3, 0.6));
        for (long step = 1; step <= 9; step++) {
            assertEquals(C, study.report(14, step, 99.0), "bracket s=0 never stops, step " + step);
        }
    }

    @Test
    void aNewCycleStartsNewBracketInstances() {
        Judging study = nine();
        for (int n = 0; n < 9; n++) {
            study.report(n, 1, 0.01 * n);
        }
        assertEquals(C, study.report(17, 1, 0.99), "trial 17 starts a new instance of bracket s=2");
        assertEquals(C, study.report(18, 1, 0.995));
        assertEquals(C, study.report(19, 1, 0.999));
        assertEquals(Verdict.stop("bracket s=2, round 0 (step 1): 1.5 is not in the top 3 of 4 trials (cut 0.999)"),
                study.report(20, 1, 1.5));
    }

    @Test
    void aTrialThatMissesARoundsStepIsJudgedAtItsFirstReportPastIt() {
        HistoryLiteral literal = HistoryLiteral.minimize();
        for (int n = 0; n < 3; n++) {
            literal.completed(0.1 * n, 0.1 * n, 0.1 * n, 0.1 * n);
        }
        History history = literal.running(at(2, 0.9), at(4, 0.95)).build();
        assertEquals(Verdict.stop("bracket s=2, round 1 (step 3): 0.95 is not in the top 1 of 4 trials (cut 0)"),
                judgeLast(new HyperbandScheduler(9, 3), history, 3));
    }
}

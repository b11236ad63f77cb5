package io.sparktune.store.hazelcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.Verdict;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulerFormsTest {

    /** A scheduler with a setting, so that two of them differ in form. */
    private record Threshold(double limit) implements Scheduler {

        @Override
        public Verdict judge(Trial trial, Report report, History history) {
            return report.value() > limit ? Verdict.stop(report.value() + " > " + limit) : Verdict.CONTINUE;
        }
    }

    @Test
    void aFormIsMadeOnceAndRebuiltOnceAndJudgesAsTheOriginal() {
        Scheduler original = new Threshold(0.5);
        byte[] form = SchedulerForms.formOf(original);
        assertSame(form, SchedulerForms.formOf(original));

        Scheduler rebuilt = SchedulerForms.schedulerOf(form.clone());
        assertNotSame(original, rebuilt);
        assertSame(rebuilt, SchedulerForms.schedulerOf(form.clone()), "one instance per distinct form");
        assertNotSame(rebuilt, SchedulerForms.schedulerOf(SchedulerForms.formOf(new Threshold(0.7))));

        Trial trial = Trial.created(0, Map.of(), TrialState.RUNNING, Instant.EPOCH);
        History history = new History(Direction.MINIMIZE, List.of(trial));
        for (double value : new double[] {0.4, 0.6}) {
            Report report = new Report(1, value);
            assertEquals(original.judge(trial, report, history), rebuilt.judge(trial, report, history));
        }
    }

    @Test
    void aMemberKeepsABoundedNumberOfSchedulers() {
        Scheduler first = SchedulerForms.schedulerOf(SchedulerForms.formOf(new Threshold(-1)));
        for (int i = 0; i < SchedulerForms.KEPT; i++) {
            SchedulerForms.schedulerOf(SchedulerForms.formOf(new Threshold(i)));
        }
        Scheduler again = SchedulerForms.schedulerOf(SchedulerForms.formOf(new Threshold(-1)));
        assertEquals(first, again);
        assertNotSame(first, again, "forgotten when the member had kept too many, and rebuilt");
    }
}

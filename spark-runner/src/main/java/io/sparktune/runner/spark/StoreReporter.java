package io.sparktune.runner.spark;

import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.Verdict;
import io.sparktune.store.StudyStore;
import io.sparktune.trainer.Reporter;
import io.sparktune.trial.Report;
import java.time.Clock;

/**
 * The reporter of an attempt running on an executor: each report is one store call that stores it
 * and returns the scheduler's verdict (see {@link StudyStore#report}), so the verdict costs no
 * second round trip and no trip to the driver. A report also counts as a heartbeat in the store.
 * Once the attempt is given up, reports answer STOP without reaching the store.
 */
final class StoreReporter implements Reporter {

    private final StudyStore store;
    private final Scheduler scheduler;
    private final int number;
    private final int attempt;
    private final Heartbeat heartbeat;
    private final Clock clock;

    StoreReporter(StudyStore store, Scheduler scheduler, int number, int attempt, Heartbeat heartbeat, Clock clock) {
        this.store = store;
        this.scheduler = scheduler;
        this.number = number;
        this.attempt = attempt;
        this.heartbeat = heartbeat;
        this.clock = clock;
    }

    @Override
    public Verdict report(long step, double value) {
        String givenUp = heartbeat.givenUp();
        if (givenUp != null) {
            return Verdict.stop(givenUp);
        }
        return store.report(number, attempt, new Report(step, value), scheduler, clock.instant()).verdict();
    }
}

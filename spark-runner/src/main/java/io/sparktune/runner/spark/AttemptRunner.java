package io.sparktune.runner.spark;

import io.sparktune.runner.spark.AttemptOutcome.Completed;
import io.sparktune.runner.spark.AttemptOutcome.Failed;
import io.sparktune.runner.spark.AttemptOutcome.GivenUp;
import io.sparktune.runner.spark.AttemptOutcome.NotRun;
import io.sparktune.store.StudyStore;
import io.sparktune.trainer.TrialContext;
import io.sparktune.trial.Trial;
import java.time.Clock;
import java.time.Duration;

/**
 * Runs one attempt on the executor it was handed to, in both dispatch modes:
 * <ol>
 *   <li>claims the attempt in the store for this worker: a task that Spark runs a second time for
 *       the same attempt (after a lost executor or a failed task) finds it claimed and does not
 *       train, as only a new attempt number may run a trial again;</li>
 *   <li>sends heartbeats while the trainer runs, and gives the attempt up when the store says it
 *       no longer runs;</li>
 *   <li>trains, with a reporter that stores each report and brings back the verdict in one store
 *       call;</li>
 *   <li>returns the trainer's value, or the text of what it threw.</li>
 * </ol>
 * Nothing but a fatal error escapes, so Spark never retries a task because a trainer failed.
 */
final class AttemptRunner {

    private final StudyHandle study;
    private final Duration heartbeatEvery;
    private final Clock clock;

    AttemptRunner(StudyHandle study, Duration heartbeatEvery, Clock clock) {
        this.study = study;
        this.heartbeatEvery = heartbeatEvery;
        this.clock = clock;
    }

    AttemptOutcome run(AttemptOrder order, String worker) {
        int number = order.number();
        int attempt = order.attempt();
        PreparedStudy prepared;
        try {
            prepared = PreparedStudy.of(study);
            if (!prepared.store().claim(number, attempt, worker, clock.instant())) {
                return new NotRun(number, attempt, whyNotRun(prepared.store(), order, worker));
            }
        } catch (RuntimeException | LinkageError e) {
            return new Failed(number, attempt, describe(e));
        }
        try (Heartbeat heartbeat = Heartbeat.start(prepared.store(), number, attempt, Thread.currentThread(), clock,
                heartbeatEvery)) {
            StoreReporter reporter = new StoreReporter(prepared.store(), prepared.scheduler(), number, attempt,
                    heartbeat, clock);
            TrialContext context = new TrialContext(number, attempt, order.params(), order.seed(), reporter);
            try {
                double value = prepared.trainer().train(context);
                return heartbeat.givenUp() != null ? new GivenUp(number, attempt, heartbeat.givenUp())
                        : new Completed(number, attempt, value);
            } catch (InterruptedException e) {
                if (heartbeat.givenUp() != null) {
                    return new GivenUp(number, attempt, heartbeat.givenUp());
                }
                Thread.currentThread().interrupt(); // Spark's own kill: the task ends as Spark asked
                return new Failed(number, attempt, describe(e));
            } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
                return heartbeat.givenUp() != null ? new GivenUp(number, attempt, heartbeat.givenUp())
                        : new Failed(number, attempt, describe(e));
            }
        }
    }

    private String whyNotRun(StudyStore store, AttemptOrder order, String worker) {
        Trial trial = store.trial(order.number()).orElse(null);
        if (trial == null) {
            return order + " is not in the store";
        }
        if (trial.attemptIndex() != order.attempt() || trial.isFinished()) {
            return order + " no longer runs: the trial is at attempt " + trial.attemptIndex() + ", "
                    + trial.state().jsonName();
        }
        return order + " was claimed by " + trial.worker() + " before " + worker;
    }

    /** What a person reads of a trainer's exception: its message, or its class's simple name. */
    static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}

package io.sparktune.runner.spark;

import java.io.Serializable;

/**
 * What became of one attempt on an executor, as it travels back to the driver. Only the trainer's
 * value or the text of its exception travel: an exception object may hold parts that do not
 * serialize, and the driver needs no more than its message to end the trial FAILED with it.
 */
public sealed interface AttemptOutcome extends Serializable {

    int number();

    int attempt();

    /** The trainer returned {@code value}. */
    record Completed(int number, int attempt, double value) implements AttemptOutcome {
    }

    /**
     * The trainer threw (or the study could not be prepared on the executor).
     *
     * @param reason the exception's message, or its class's simple name when it has none
     */
    record Failed(int number, int attempt, String reason) implements AttemptOutcome {
    }

    /**
     * The attempt was not run here: another worker had claimed it (Spark ran its task again), or it
     * was no longer the trial's running attempt. The worker that claimed it reports, or its lease
     * runs out and the driver starts a new attempt.
     */
    record NotRun(int number, int attempt, String why) implements AttemptOutcome {
    }

    /**
     * The attempt was given up while it ran, because the store no longer counted it as running
     * (its lease ran out and a new attempt replaced it, or the trial was ended).
     */
    record GivenUp(int number, int attempt, String why) implements AttemptOutcome {
    }
}

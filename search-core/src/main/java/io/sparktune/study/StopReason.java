package io.sparktune.study;

/** Why a study run ended. */
public enum StopReason {
    /** Every trial of {@code budget.maxTrials} was created and has ended. */
    MAX_TRIALS,
    /** The sampler had nothing left to propose (a finished grid), and every trial has ended. */
    SAMPLER_EXHAUSTED,
    /** {@code budget.timeLimit} passed: no trial started after it, and running ones were stopped. */
    TIME_LIMIT,
    /** {@code budget.maxFailures} trials failed. */
    MAX_FAILURES,
    /** The thread running the study was interrupted. */
    INTERRUPTED,
    /** Someone asked the study to stop ({@link StudyControl}): no trial started after, running ones were stopped. */
    STOPPED
}

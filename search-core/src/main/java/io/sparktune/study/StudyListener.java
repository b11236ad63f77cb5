package io.sparktune.study;

import io.sparktune.scheduler.Verdict;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;

/**
 * Hears what a {@link StudyRunner} does, to draw progress or write trials out. Every method does
 * nothing by default. {@link #trialReported} is called from the thread that runs the trial, the
 * others from the runner's thread, so an implementation must be thread-safe. What a listener
 * throws is not caught: from {@code trialReported} it fails the trial, from the others the run.
 */
public interface StudyListener {

    /** A listener that does nothing. */
    StudyListener NONE = new StudyListener() {
    };

    /** A trial (or a new attempt of it) is handed to the executor. */
    default void trialStarted(Trial trial) {
    }

    /** A running trial reported, and the scheduler judged it. */
    default void trialReported(Trial trial, Report report, Verdict verdict) {
    }

    /** A trial ended (it may still be retried). */
    default void trialFinished(Trial trial) {
    }
}

package io.sparktune.trainer;

/**
 * Runs one trial and returns its final objective value. Thread-safe: several trials may run at
 * once. A trainer that throws makes the trial FAILED with the exception's message; one that hears
 * STOP from its reporter ends early and its trial is PRUNED.
 */
public interface Trainer {

    /** Runs the trial; returns its final value (after a STOP: the last value it reported). */
    double train(TrialContext context) throws Exception;
}

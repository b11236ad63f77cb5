package io.sparktune.cli;

import io.sparktune.trial.Trial;

/** How {@code run} shows its progress. Called under the run's lock, one call at a time. */
interface Progress extends AutoCloseable {

    /** The run has started (possibly resuming with trials already done). */
    void started(RunSnapshot snapshot);

    /** {@code trial} has ended; {@code snapshot} already counts it. */
    void trialFinished(Trial trial, RunSnapshot snapshot);

    /** The run is over: stop drawing. */
    @Override
    void close();

    /** Shows nothing. */
    static Progress none() {
        return new Progress() {
            @Override
            public void started(RunSnapshot snapshot) {
            }

            @Override
            public void trialFinished(Trial trial, RunSnapshot snapshot) {
            }

            @Override
            public void close() {
            }
        };
    }
}

package io.sparktune.runner.spark;

/**
 * A trainer's exception on an executor, as the driver learns of it: its message is the text the
 * trial's reason must show, the original exception's message (or class name) as it was, with no
 * Spark wrapper around it.
 */
public final class TrialFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    public TrialFailedException(String reason) {
        super(reason, null, false, false);
    }
}

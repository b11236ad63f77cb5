package io.sparktune.runner.cluster;

/** A fixture whose processes write logs that a failed test should show. */
public interface Logged {

    /** The ends of its logs, each under a heading that names the process. */
    String logs();
}

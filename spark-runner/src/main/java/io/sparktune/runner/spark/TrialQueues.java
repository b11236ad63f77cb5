package io.sparktune.runner.spark;

import java.io.Serializable;

/**
 * How code on a Spark executor reaches the {@link TrialQueue} its driver made: it travels with the
 * worker tasks, so it is {@link Serializable}, as {@link io.sparktune.store.StoreAccess} is; an
 * implementation keeps its connections per process.
 */
public interface TrialQueues extends Serializable {

    /** Makes the queue called {@code name}, as the driver does before it starts its workers. */
    TrialQueue create(String name);

    /**
     * The queue called {@code name}, as a worker finds it: one that was closed, or was never made,
     * reads as closed, so a worker that starts after its study ended ends at once.
     */
    TrialQueue open(String name);

    /**
     * Whether executors in other processes can reach these queues; queues that live in the driver's
     * process serve Spark's local mode only.
     */
    boolean spansProcesses();
}

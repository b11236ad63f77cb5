package io.sparktune.runner.spark;

import java.time.Duration;
import java.util.Optional;

/**
 * The two queues between a study's driver and its pull workers ({@link Dispatch#PULL_WORKERS}):
 * attempts to run, taken by whichever worker is free, and the outcomes coming back. Safe for
 * concurrent use; an implementation that spans processes (Hazelcast queues) lets workers on other
 * machines take orders.
 */
public interface TrialQueue {

    /** Queues an attempt for the next free worker. */
    void put(AttemptOrder order);

    /**
     * The next queued attempt, waiting up to {@code wait} for one.
     *
     * @return empty when none came in time, or the queue is closed
     */
    Optional<AttemptOrder> take(Duration wait) throws InterruptedException;

    /** Sends an attempt's outcome back to the driver. */
    void done(AttemptOutcome outcome);

    /**
     * The next outcome, waiting up to {@code wait} for one.
     *
     * @return empty when none came in time
     */
    Optional<AttemptOutcome> takeDone(Duration wait) throws InterruptedException;

    /** Whether the driver has closed the queue: workers then stop taking attempts and end. */
    boolean isClosed();

    /** Closes the queue for good and drops what it holds. */
    void close();
}

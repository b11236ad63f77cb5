package io.sparktune.runner.spark;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SparkTrialExecutor} runs trials.
 *
 * @param dispatch one Spark job per attempt, or long-running workers that pull attempts
 * @param slots how many trials run at once: the number of pull workers (each holds one Spark core
 *     for the whole study, so it must not exceed the cores the application has); one job per
 *     attempt runs as many as are submitted, which the study runner keeps at {@code maxConcurrent}
 * @param lease how long an attempt may go without a heartbeat or a report before the driver takes
 *     it for lost (STALE) and starts a new attempt; workers send a heartbeat every third of it
 * @param queues where pull workers find their queue (used by {@link Dispatch#PULL_WORKERS} only)
 */
public record SparkExecutorSettings(Dispatch dispatch, int slots, Duration lease, TrialQueues queues) {

    /** The dispatch chosen by measurement: see the package comment and docs/benchmarks.md. */
    public static final Dispatch DEFAULT_DISPATCH = Dispatch.PULL_WORKERS;
    /** Long enough that a garbage collection pause or a slow store round trip never ends a trial. */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

    public SparkExecutorSettings {
        Objects.requireNonNull(dispatch, "dispatch");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(queues, "queues");
        if (slots < 1) {
            throw new IllegalArgumentException("slots >= 1 must hold, but got slots=" + slots);
        }
        if (lease.toMillis() < 3) {
            throw new IllegalArgumentException("lease >= 3ms must hold (a heartbeat every third of it), but got lease="
                    + lease);
        }
    }

    /** The default dispatch and lease, {@code slots} at once, queues in this JVM (Spark's local mode). */
    public static SparkExecutorSettings defaults(int slots) {
        return new SparkExecutorSettings(DEFAULT_DISPATCH, slots, DEFAULT_LEASE, new InMemoryTrialQueues());
    }

    public SparkExecutorSettings withDispatch(Dispatch other) {
        return new SparkExecutorSettings(other, slots, lease, queues);
    }

    public SparkExecutorSettings withLease(Duration other) {
        return new SparkExecutorSettings(dispatch, slots, other, queues);
    }

    public SparkExecutorSettings withQueues(TrialQueues other) {
        return new SparkExecutorSettings(dispatch, slots, lease, other);
    }

    /** The time between two heartbeats of a running attempt: a third of the lease. */
    public Duration heartbeatEvery() {
        return lease.dividedBy(3);
    }
}

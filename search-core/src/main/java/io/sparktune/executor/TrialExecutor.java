package io.sparktune.executor;

import io.sparktune.trainer.TrialContext;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Runs trials somewhere, several at once. */
public interface TrialExecutor extends AutoCloseable {

    /**
     * Starts running one trial. The future completes with the trial's final value, or exceptionally
     * with what the trainer threw. Reports go through {@code context.reporter()} while it runs.
     */
    CompletableFuture<Double> submit(TrialContext context);

    /**
     * How long a trial may go without a sign of life (a report or a heartbeat in the store) before it
     * counts as lost, for executors whose trials run elsewhere and send heartbeats; empty for those
     * whose trials live and die with this process.
     */
    default Optional<Duration> lease() {
        return Optional.empty();
    }

    /** Stops accepting trials and releases threads and connections; running trials are interrupted. */
    @Override
    void close();
}

package io.sparktune.executor;

import io.sparktune.trainer.TrialContext;
import java.util.concurrent.CompletableFuture;

/** Runs trials somewhere, several at once. */
public interface TrialExecutor extends AutoCloseable {

    /**
     * Starts running one trial. The future completes with the trial's final value, or exceptionally
     * with what the trainer threw. Reports go through {@code context.reporter()} while it runs.
     */
    CompletableFuture<Double> submit(TrialContext context);

    /** Stops accepting trials and releases threads and connections; running trials are interrupted. */
    @Override
    void close();
}

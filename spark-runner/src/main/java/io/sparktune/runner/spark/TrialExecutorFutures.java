package io.sparktune.runner.spark;

import io.sparktune.runner.spark.AttemptOutcome.Completed;
import io.sparktune.runner.spark.AttemptOutcome.Failed;
import io.sparktune.runner.spark.AttemptOutcome.GivenUp;
import io.sparktune.runner.spark.AttemptOutcome.NotRun;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How an attempt's outcome completes the future the study runner waits on, in both dispatch modes. */
final class TrialExecutorFutures {

    private static final Logger LOG = LoggerFactory.getLogger(TrialExecutorFutures.class);

    private TrialExecutorFutures() {
    }

    /**
     * Completes {@code future} with {@code outcome}: the value of a completed attempt; a
     * {@link TrialFailedException} with the reason of a failed or given-up one (the runner ignores
     * the latter, as the store has moved past that attempt). An attempt that was not run leaves the
     * future pending: the worker that claimed it reports, or its heartbeats stop and the runner
     * ends it STALE when the lease runs out.
     *
     * @return whether the future was completed
     */
    static boolean settle(CompletableFuture<Double> future, AttemptOutcome outcome) {
        if (outcome instanceof Completed c) {
            return future.complete(c.value());
        }
        if (outcome instanceof Failed f) {
            return future.completeExceptionally(new TrialFailedException(f.reason()));
        }
        if (outcome instanceof GivenUp g) {
            return future.completeExceptionally(new TrialFailedException("given up: " + g.why()));
        }
        NotRun n = (NotRun) outcome;
        LOG.warn("Spark ran trial {} attempt {} again, and it was not run twice: {}", n.number(), n.attempt(),
                n.why());
        return false;
    }
}

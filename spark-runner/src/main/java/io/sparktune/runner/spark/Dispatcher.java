package io.sparktune.runner.spark;

import java.util.concurrent.CompletableFuture;

/** The driver's side of one {@link Dispatch} mode. */
interface Dispatcher extends AutoCloseable {

    /** Hands an attempt to Spark; the future completes as {@link TrialExecutorFutures#settle} says. */
    CompletableFuture<Double> submit(AttemptOrder order);

    /** Cancels the Spark work of this study; futures still pending complete with a cancellation. */
    @Override
    void close();
}

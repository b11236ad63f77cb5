package io.sparktune.runner.spark;

import io.sparktune.executor.TrialExecutor;
import io.sparktune.trainer.TrialContext;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs trials on Spark executors. The driver ({@link io.sparktune.study.StudyRunner}) asks, tells
 * and watches leases; an executor claims each attempt in the study's store, trains it with the
 * trainer the study file names, stores every report and hears the scheduler's verdict in the same
 * store call, and sends heartbeats while it trains. Only the attempt's outcome comes back through
 * Spark (or the trial queue): the trainer's value, or the text of its exception, so a trial that
 * throws ends FAILED with its own message.
 *
 * <p>Two ways to hand attempts to Spark ({@link Dispatch}), chosen in the settings; the package
 * comment says which is the default and why.
 *
 * <p>The Spark context belongs to the caller, who stops it after closing this executor.
 */
public final class SparkTrialExecutor implements TrialExecutor {

    private final SparkExecutorSettings settings;
    private final Dispatcher dispatcher;

    /**
     * @throws IllegalArgumentException when the study's store or the trial queues live in this JVM
     *     only and Spark's master is not local
     */
    public SparkTrialExecutor(JavaSparkContext spark, StudyHandle study, SparkExecutorSettings settings) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(study, "study");
        this.settings = Objects.requireNonNull(settings, "settings");
        boolean local = spark.sc().isLocal();
        if (!local && study.store() instanceof InProcessStoreAccess) {
            throw new IllegalArgumentException("a store in this process must be reached from Spark's local mode, but"
                    + " got master " + spark.master() + ": executors elsewhere need a store they can reach");
        }
        if (!local && settings.dispatch() == Dispatch.PULL_WORKERS && !settings.queues().spansProcesses()) {
            throw new IllegalArgumentException("trial queues in this process must be used in Spark's local mode, but"
                    + " got master " + spark.master() + ": pull workers elsewhere need queues they can reach");
        }
        this.dispatcher = settings.dispatch() == Dispatch.JOB_PER_TRIAL ? new JobDispatch(spark, study, settings)
                : new WorkerDispatch(spark, study, settings);
    }

    public SparkExecutorSettings settings() {
        return settings;
    }

    /**
     * Hands the attempt to Spark. The future completes with the trainer's value, or exceptionally
     * with a {@link TrialFailedException} carrying its exception's message; cancelling it cancels
     * the attempt's Spark job in {@link Dispatch#JOB_PER_TRIAL}.
     *
     * @throws IllegalStateException when this executor is closed
     */
    @Override
    public CompletableFuture<Double> submit(TrialContext context) {
        return dispatcher.submit(AttemptOrder.of(context));
    }

    @Override
    public Optional<Duration> lease() {
        return Optional.of(settings.lease());
    }

    /** Cancels the study's Spark jobs, which interrupts the trainers they run. */
    @Override
    public void close() {
        dispatcher.close();
    }
}

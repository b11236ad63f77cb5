package io.sparktune.cli;

import io.sparktune.runner.spark.InProcessStoreAccess;
import io.sparktune.runner.spark.LocalSpark;
import io.sparktune.runner.spark.SparkExecutorSettings;
import io.sparktune.runner.spark.SparkTrialExecutor;
import io.sparktune.runner.spark.StudyHandle;
import io.sparktune.spec.StudySpec;
import io.sparktune.store.StudyStore;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.ShutdownHookManager;
import scala.runtime.BoxedUnit;

/**
 * What {@code sparktune run} runs a study on: Spark in this JVM, {@code local[N]} with N =
 * {@code budget.maxConcurrent}, so that each trial in flight has a core of its own, and a
 * {@link SparkTrialExecutor} whose executors reach the study's store in this process. Closing it
 * stops the executor, then Spark.
 *
 * <p>On Ctrl-C, Spark's own shutdown hook would stop Spark while the study still ends its trials;
 * a hook that Spark runs before it ({@link ShutdownHookManager}, by priority) waits until this is
 * closed, for as long as {@link ShutdownInterrupt} waits for the run.
 */
final class EmbeddedSpark implements AutoCloseable {

    private final JavaSparkContext spark;
    private final InProcessStoreAccess access;
    private final SparkTrialExecutor executor;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Object shutdownHook;

    private EmbeddedSpark(JavaSparkContext spark, InProcessStoreAccess access, SparkTrialExecutor executor) {
        this.spark = spark;
        this.access = access;
        this.executor = executor;
        this.shutdownHook = ShutdownHookManager.addShutdownHook(ShutdownHookManager.SPARK_CONTEXT_SHUTDOWN_PRIORITY() + 1,
                () -> {
                    try {
                        closed.await(ShutdownInterrupt.WAIT.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return BoxedUnit.UNIT;
                });
    }

    /** Starts Spark for the study {@code spec}, read from {@code studyJson}, kept in {@code store}. */
    static EmbeddedSpark start(StudySpec spec, String studyJson, StudyStore store) {
        int slots = spec.budget().maxConcurrent();
        JavaSparkContext spark = LocalSpark.start("sparktune " + spec.name(), slots);
        InProcessStoreAccess access = InProcessStoreAccess.register(spec.name(), store);
        try {
            SparkTrialExecutor executor = new SparkTrialExecutor(spark,
                    StudyHandle.of(access, spec.name(), studyJson, spec), SparkExecutorSettings.defaults(slots));
            return new EmbeddedSpark(spark, access, executor);
        } catch (RuntimeException e) {
            access.close();
            spark.stop();
            throw e;
        }
    }

    SparkTrialExecutor executor() {
        return executor;
    }

    @Override
    public void close() {
        try {
            executor.close();
        } finally {
            access.close();
            spark.stop();
            closed.countDown();
            try {
                ShutdownHookManager.removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is running and now returns
            }
        }
    }
}

package io.sparktune.runner.spark;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * {@link Dispatch#JOB_PER_TRIAL}: each attempt is a Spark job of one task, started from a driver
 * thread of its own (a job blocks the thread that starts it) in a job group named after the
 * attempt, with {@code interruptOnCancel}, so that cancelling the group (the future's
 * {@code cancel}, or {@link #close()}) interrupts the trainer on its executor.
 */
final class JobDispatch implements Dispatcher {

    private final JavaSparkContext spark;
    private final StudyHandle study;
    private final AttemptTask task;
    private final ExecutorService threads;
    /** The job groups whose job is running now. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    /** The futures not completed yet, by job group. */
    private final Map<String, CompletableFuture<Double>> pending = new ConcurrentHashMap<>();
    private volatile boolean closed;

    JobDispatch(JavaSparkContext spark, StudyHandle study, SparkExecutorSettings settings) {
        this.spark = spark;
        this.study = study;
        this.task = new AttemptTask(study, settings.heartbeatEvery());
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "sparktune-job-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public CompletableFuture<Double> submit(AttemptOrder order) {
        String group = "sparktune " + study.studyId() + " trial " + order.number() + " attempt " + order.attempt();
        CompletableFuture<Double> future = new CompletableFuture<>();
        pending.put(group, future);
        future.whenComplete((value, error) -> {
            pending.remove(group, future);
            if (future.isCancelled() && running.contains(group)) {
                SparkJobs.cancel(spark, group);
            }
        });
        try {
            threads.execute(() -> runJob(group, order, future));
        } catch (RejectedExecutionException e) {
            pending.remove(group, future);
            throw new IllegalStateException("cannot run " + order + ": the executor is closed", e);
        }
        return future;
    }

    private void runJob(String group, AttemptOrder order, CompletableFuture<Double> future) {
        if (closed || future.isDone()) {
            return;
        }
        running.add(group);
        spark.setJobGroup(group, "trial " + order.number() + " (attempt " + order.attempt() + ") of study "
                + study.studyId(), true);
        AttemptOutcome outcome = null;
        Exception failure = null;
        try {
            outcome = spark.parallelize(List.of(order), 1).map(task).collect().get(0);
        } catch (Exception e) { // Spark throws its checked SparkException without declaring it
            failure = e;
        } finally {
            running.remove(group); // before the future completes: a close() it leads to finds the job ended
            spark.clearJobGroup();
        }
        if (outcome != null) {
            TrialExecutorFutures.settle(future, outcome);
        } else {
            future.completeExceptionally(closed || future.isCancelled()
                    ? new CancellationException("the Spark job of " + order + " was cancelled")
                    : new IllegalStateException("the Spark job of " + order + " failed: " + failure.getMessage(),
                            failure));
        }
    }

    /** Cancels every pending attempt, which cancels the Spark jobs of those running. */
    @Override
    public void close() {
        closed = true;
        threads.shutdown();
        for (CompletableFuture<Double> future : pending.values()) {
            future.completeExceptionally(new CancellationException("the executor closed"));
        }
    }
}

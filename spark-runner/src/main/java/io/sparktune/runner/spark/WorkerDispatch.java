package io.sparktune.runner.spark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.api.java.JavaSparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Dispatch#PULL_WORKERS}: {@code slots} Spark jobs of one long-running task each (a job per
 * worker, so that one failing is started again alone), which pull attempts from the study's
 * {@link TrialQueue}; a driver thread reads the outcomes they send back and completes the futures.
 *
 * <p>A worker job that ends while the executor is open (its executor was lost more often than
 * Spark retries a task) is started again after a pause; the attempt it held is not lost, as its
 * heartbeats stop and the study runner starts a new attempt when the lease runs out. When worker
 * jobs keep failing with no attempt completing in between ({@value #GIVE_UP_AFTER} times in a row,
 * the sign of a broken set-up rather than of lost executors), the dispatcher fails every waiting
 * attempt with the error, and every later one at once.
 */
final class WorkerDispatch implements Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerDispatch.class);
    static final int GIVE_UP_AFTER = 5;
    private static final Duration RESTART_PAUSE = Duration.ofSeconds(1);
    /** How long idle workers get to end by themselves on close: a poll, and time for Spark to see it. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

    private final JavaSparkContext spark;
    private final StudyHandle study;
    private final TrialQueue queue;
    private final WorkerTask task;
    private final String groupPrefix;
    private final Map<AttemptKey, CompletableFuture<Double>> pending = new ConcurrentHashMap<>();
    private final List<Thread> workerThreads = new ArrayList<>();
    private final Thread outcomeThread;
    private final AtomicLong settled = new AtomicLong();
    private volatile boolean closed;
    private volatile String broken;

    private record AttemptKey(int number, int attempt) {
    }

    WorkerDispatch(JavaSparkContext spark, StudyHandle study, SparkExecutorSettings settings) {
        this.spark = spark;
        this.study = study;
        String id = UUID.randomUUID().toString();
        String queueName = "sparktune-" + study.studyId() + "-" + id;
        this.queue = settings.queues().create(queueName);
        this.task = new WorkerTask(study, settings.queues(), queueName, settings.heartbeatEvery());
        this.groupPrefix = "sparktune " + study.studyId() + " " + id.substring(0, 8) + " worker ";
        for (int slot = 0; slot < settings.slots(); slot++) {
            int s = slot;
            workerThreads.add(daemon("sparktune-worker-job-" + slot, () -> keepWorkerRunning(s)));
        }
        outcomeThread = daemon("sparktune-outcomes", this::readOutcomes);
        workerThreads.forEach(Thread::start);
        outcomeThread.start();
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public CompletableFuture<Double> submit(AttemptOrder order) {
        if (closed) {
            throw new IllegalStateException("cannot run " + order + ": the executor is closed");
        }
        CompletableFuture<Double> future = new CompletableFuture<>();
        if (broken != null) {
            future.completeExceptionally(new IllegalStateException(broken));
            return future;
        }
        pending.put(new AttemptKey(order.number(), order.attempt()), future);
        queue.put(order);
        return future;
    }

    private void keepWorkerRunning(int slot) {
        int failuresInARow = 0;
        long settledBefore = settled.get();
        while (!closed) {
            String group = groupPrefix + slot;
            spark.setJobGroup(group, "sparktune worker " + slot + " of study " + study.studyId(), true);
            try {
                spark.parallelize(List.of(slot), 1).foreachPartition(task);
                if (!closed) {
                    LOG.warn("the worker task {} of study {} ended; starting it again", slot, study.studyId());
                }
            } catch (Exception e) { // Spark throws its checked SparkException without declaring it
                if (closed) {
                    return;
                }
                failuresInARow = settled.get() == settledBefore ? failuresInARow + 1 : 1;
                settledBefore = settled.get();
                LOG.warn("the worker task {} of study {} failed ({} in a row): {}", slot, study.studyId(),
                        failuresInARow, e.getMessage());
                if (failuresInARow >= GIVE_UP_AFTER) {
                    fail("the Spark worker tasks of study " + study.studyId() + " failed " + failuresInARow
                            + " times in a row, last: " + e.getMessage());
                    return;
                }
                if (!pause()) {
                    return;
                }
            } finally {
                spark.clearJobGroup();
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(RESTART_PAUSE.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void fail(String why) {
        broken = why;
        for (AttemptKey key : List.copyOf(pending.keySet())) {
            CompletableFuture<Double> future = pending.remove(key);
            if (future != null) {
                future.completeExceptionally(new IllegalStateException(why));
            }
        }
    }

    private void readOutcomes() {
        try {
            while (!closed) {
                Optional<AttemptOutcome> outcome = queue.takeDone(WorkerTask.POLL);
                if (outcome.isPresent()) {
                    AttemptKey key = new AttemptKey(outcome.get().number(), outcome.get().attempt());
                    CompletableFuture<Double> future = pending.get(key);
                    if (future != null && TrialExecutorFutures.settle(future, outcome.get())) {
                        pending.remove(key, future);
                        settled.incrementAndGet();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Closes the queue. With no attempt in flight the workers are idle and end their tasks by
     * themselves (cancelling them would log every task as killed); they get a grace period for it.
     * The jobs of workers still running after it, or at once when attempts are in flight, are
     * cancelled, which interrupts their trainers.
     */
    @Override
    public void close() {
        closed = true;
        boolean idle = pending.isEmpty();
        queue.close();
        outcomeThread.interrupt();
        boolean waiting = idle;
        long deadline = System.nanoTime() + CLOSE_GRACE.toNanos();
        for (int slot = 0; slot < workerThreads.size(); slot++) {
            Thread thread = workerThreads.get(slot);
            long left = deadline - System.nanoTime();
            if (waiting && left > 0) {
                try {
                    thread.join(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    waiting = false;
                }
            }
            if (thread.isAlive() && waiting) {
                SparkJobs.cancelIfRunning(spark, groupPrefix + slot); // idle: it is ending by itself
            } else if (thread.isAlive()) {
                SparkJobs.cancel(spark, groupPrefix + slot);
            }
        }
        for (CompletableFuture<Double> future : pending.values()) {
            future.completeExceptionally(new CancellationException("the executor closed"));
        }
        pending.clear();
    }
}

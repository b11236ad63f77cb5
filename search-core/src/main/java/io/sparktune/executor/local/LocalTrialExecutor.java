package io.sparktune.executor.local;

import io.sparktune.executor.TrialExecutor;
import io.sparktune.trainer.Trainer;
import io.sparktune.trainer.TrialContext;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs trials on a fixed pool of daemon threads named {@code sparktune-trial-1},
 * {@code sparktune-trial-2}, ... in this JVM. Trials beyond the pool's size wait for a thread.
 * {@link #close()} interrupts running trials and cancels waiting ones.
 */
public final class LocalTrialExecutor implements TrialExecutor {

    private final Trainer trainer;
    private final ExecutorService pool;

    public LocalTrialExecutor(Trainer trainer, int threads) {
        this.trainer = Objects.requireNonNull(trainer, "trainer");
        if (threads < 1) {
            throw new IllegalArgumentException("threads >= 1 must hold, but got threads=" + threads);
        }
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                daemonThreads());
    }

    /**
     * Runs {@code trainer.train(context)} on a pool thread.
     *
     * @throws IllegalStateException when this executor is closed
     */
    @Override
    public CompletableFuture<Double> submit(TrialContext context) {
        Objects.requireNonNull(context, "context");
        TrialTask task = new TrialTask(trainer, context);
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("cannot run trial " + context.number() + ": the executor is closed", e);
        }
        return task.future;
    }

    @Override
    public void close() {
        List<Runnable> neverStarted = pool.shutdownNow();
        for (Runnable r : neverStarted) {
            if (r instanceof TrialTask task) {
                task.future.completeExceptionally(
                        new CancellationException("trial " + task.context.number() + " never started: the executor closed"));
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "sparktune-trial-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One trial's run, completing its future with the trainer's value or what it threw. */
    private static final class TrialTask implements Runnable {

        private final Trainer trainer;
        private final TrialContext context;
        private final CompletableFuture<Double> future = new CompletableFuture<>();

        TrialTask(Trainer trainer, TrialContext context) {
            this.trainer = trainer;
            this.context = context;
        }

        @Override
        public void run() {
            try {
                future.complete(trainer.train(context));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.completeExceptionally(e);
            } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
                future.completeExceptionally(e);
            } catch (Error e) {
                future.completeExceptionally(e);
                throw e;
            }
        }
    }
}

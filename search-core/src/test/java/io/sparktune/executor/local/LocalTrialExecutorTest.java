package io.sparktune.executor.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.scheduler.Verdict;
import io.sparktune.trainer.TrialContext;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LocalTrialExecutorTest {

    private static TrialContext context(int number) {
        return new TrialContext(number, Map.of("x", 1.0), 99, (step, value) -> Verdict.CONTINUE);
    }

    @Test
    void trialsRunOnNamedDaemonThreadsAndCompleteWithTheirValue() throws Exception {
        AtomicReference<Thread> thread = new AtomicReference<>();
        try (LocalTrialExecutor executor = new LocalTrialExecutor(context -> {
            thread.set(Thread.currentThread());
            return context.number() * 2.0 + (Double) context.params().get("x");
        }, 2)) {
            assertEquals(7.0, executor.submit(context(3)).get(30, TimeUnit.SECONDS));
        }
        assertTrue(thread.get().getName().matches("sparktune-trial-\\d+"), thread.get().getName());
        assertTrue(thread.get().isDaemon());
    }

    @Test
    void whatTheTrainerThrowsCompletesTheFutureExceptionally() {
        IllegalStateException boom = new IllegalStateException("boom");
        try (LocalTrialExecutor executor = new LocalTrialExecutor(context -> {
            throw boom;
        }, 1)) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> executor.submit(context(0)).get(30, TimeUnit.SECONDS));
            assertEquals(boom, e.getCause());
        }
    }

    @Test
    void closeInterruptsRunningTrialsAndCancelsWaitingOnes() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean flagRestored = new AtomicBoolean();
        LocalTrialExecutor executor = new LocalTrialExecutor(context -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
                return 0;
            } catch (InterruptedException e) {
                flagRestored.set(!Thread.currentThread().isInterrupted());
                throw e;
            }
        }, 1);
        CompletableFuture<Double> running = executor.submit(context(0));
        CompletableFuture<Double> waiting = executor.submit(context(1));
        assertTrue(started.await(30, TimeUnit.SECONDS));
        executor.close();
        ExecutionException e = assertThrows(ExecutionException.class, () -> running.get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof InterruptedException, String.valueOf(e.getCause()));
        assertTrue(flagRestored.get(), "the trainer saw a cleared flag that the executor then restores");
        CancellationException cancelled = assertThrows(CancellationException.class,
                () -> waiting.get(30, TimeUnit.SECONDS));
        assertEquals("trial 1 never started: the executor closed", cancelled.getMessage());
        IllegalStateException closed = assertThrows(IllegalStateException.class, () -> executor.submit(context(2)));
        assertEquals("cannot run trial 2: the executor is closed", closed.getMessage());
    }

    @Test
    void theThreadCountIsValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LocalTrialExecutor(context -> 0, 0));
        assertEquals("threads >= 1 must hold, but got threads=0", e.getMessage());
    }
}

package io.sparktune.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * While open, a JVM shutdown (Ctrl-C, {@code kill}) interrupts the thread that opened it and waits
 * a while for it to close this, so that a study run can end its trials (their processes stopped)
 * and write its files before the JVM exits.
 */
final class ShutdownInterrupt implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(15);

    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;

    ShutdownInterrupt() {
        Thread target = Thread.currentThread();
        hook = new Thread(() -> {
            target.interrupt();
            try {
                closed.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sparktune-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running and now returns
        }
    }
}

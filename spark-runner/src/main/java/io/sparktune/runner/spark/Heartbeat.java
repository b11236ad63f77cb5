package io.sparktune.runner.spark;

import io.sparktune.store.StudyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The heartbeats of one running attempt: every {@code every} (a third of the lease) the store hears
 * that the attempt is alive. When the store answers that the attempt no longer runs (a new attempt
 * replaced it after its lease ran out, or the trial was ended), the attempt is given up: the
 * thread that trains it is interrupted and its reporter answers STOP, so it does not train on for
 * nothing. A heartbeat that fails (the store cannot be reached) is logged and tried again at the
 * next beat; if they keep failing, the lease runs out on the driver's side.
 *
 * <p>All heartbeats of a JVM share one daemon thread: a beat is one small store call.
 */
final class Heartbeat implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sparktune-heartbeats");
        thread.setDaemon(true);
        return thread;
    });

    private final StudyStore store;
    private final int number;
    private final int attempt;
    private final Thread trainer;
    private final Clock clock;
    private final ScheduledFuture<?> beats;
    private String givenUp;
    private boolean closed;

    private Heartbeat(StudyStore store, int number, int attempt, Thread trainer, Clock clock, Duration every) {
        this.store = store;
        this.number = number;
        this.attempt = attempt;
        this.trainer = trainer;
        this.clock = clock;
        long millis = Math.max(1, every.toMillis());
        this.beats = TIMER.scheduleWithFixedDelay(this::beat, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Starts the heartbeats of attempt {@code attempt} of trial {@code number}, trained on {@code trainer}. */
    static Heartbeat start(StudyStore store, int number, int attempt, Thread trainer, Clock clock, Duration every) {
        return new Heartbeat(store, number, attempt, trainer, clock, every);
    }

    /** Why the attempt was given up, or {@code null} while it has not been. */
    synchronized String givenUp() {
        return givenUp;
    }

    private void beat() {
        boolean alive;
        try {
            alive = store.heartbeat(number, attempt, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("heartbeat of trial {} attempt {} failed, trying again: {}", number, attempt, e.toString());
            return;
        }
        if (!alive) {
            giveUp("attempt " + attempt + " of trial " + number + " no longer runs in the store");
        }
    }

    /** Gives the attempt up: its trainer's thread is interrupted, once, unless training has ended. */
    synchronized void giveUp(String why) {
        if (closed || givenUp != null) {
            return;
        }
        givenUp = why;
        beats.cancel(false);
        trainer.interrupt();
    }

    /**
     * Stops the heartbeats. Called on the trainer's thread once training has ended; clears the
     * interrupt this heartbeat caused, which must not reach the Spark task the thread belongs to.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            beats.cancel(false);
            if (givenUp == null) {
                return;
            }
        }
        if (Thread.currentThread() == trainer) {
            Thread.interrupted();
        }
    }
}

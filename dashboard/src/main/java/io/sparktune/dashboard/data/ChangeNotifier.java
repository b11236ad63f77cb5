package io.sparktune.dashboard.data;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells subscribers that a study changed, each at most once per interval: a change that comes while
 * a subscriber's call is pending joins it, and one that comes sooner than the interval after its
 * last call waits for the interval's end. So a study with a thousand reports a second costs an open
 * page four refreshes, and the last change is never lost. Calls run on one daemon thread of this
 * notifier.
 */
final class ChangeNotifier implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ChangeNotifier.class.getName());

    private final long intervalMillis;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sparktune-dashboard-changes");
        thread.setDaemon(true);
        return thread;
    });

    ChangeNotifier(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    /** Calls {@code changed} after changes of study {@code id} ({@code null}: of any study). */
    StudyCatalog.Subscription subscribe(String id, Runnable changed) {
        Subscriber subscriber = new Subscriber(id, Objects.requireNonNull(changed, "changed"));
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Study {@code id} changed. */
    void changed(String id) {
        for (Subscriber subscriber : subscribers) {
            if (subscriber.id == null || subscriber.id.equals(id)) {
                subscriber.schedule();
            }
        }
    }

    @Override
    public void close() {
        subscribers.clear();
        timer.shutdownNow();
    }

    private final class Subscriber {

        private final String id;
        private final Runnable changed;
        private final AtomicBoolean pending = new AtomicBoolean();
        private volatile long lastCall;

        Subscriber(String id, Runnable changed) {
            this.id = id;
            this.changed = changed;
        }

        void schedule() {
            if (!pending.compareAndSet(false, true)) {
                return;
            }
            long wait = Math.max(0, lastCall + intervalMillis - System.currentTimeMillis());
            try {
                timer.schedule(this::call, wait, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                pending.set(false);
            }
        }

        private void call() {
            pending.set(false);
            lastCall = System.currentTimeMillis();
            if (!subscribers.contains(this)) {
                return;
            }
            try {
                changed.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a dashboard subscriber failed", e);
            }
        }
    }
}

package io.sparktune.runner.spark;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Trial queues in this JVM's memory, found by name: for Spark's local mode, where the executor is
 * the driver's own process. A closed queue is forgotten.
 */
public record InMemoryTrialQueues() implements TrialQueues {

    private static final ConcurrentMap<String, Queue> QUEUES = new ConcurrentHashMap<>();

    @Override
    public TrialQueue create(String name) {
        Queue made = new Queue(name);
        if (QUEUES.putIfAbsent(name, made) != null) {
            throw new IllegalStateException("the trial queue " + name + " exists already");
        }
        return made;
    }

    @Override
    public TrialQueue open(String name) {
        Queue queue = QUEUES.get(name);
        if (queue != null) {
            return queue;
        }
        Queue gone = new Queue(name);
        gone.closed = true;
        return gone;
    }

    @Override
    public boolean spansProcesses() {
        return false;
    }

    /** One named pair of queues. */
    private static final class Queue implements TrialQueue {

        /** Put in the orders on close, so that workers waiting for an order wake up at once. */
        private static final AttemptOrder CLOSED = new AttemptOrder(0, 0, java.util.Map.of(), 0);

        private final String name;
        private final BlockingQueue<AttemptOrder> orders = new LinkedBlockingQueue<>();
        private final BlockingQueue<AttemptOutcome> outcomes = new LinkedBlockingQueue<>();
        private volatile boolean closed;

        Queue(String name) {
            this.name = name;
        }

        @Override
        public void put(AttemptOrder order) {
            if (closed) {
                throw new IllegalStateException("cannot queue " + order + ": the trial queue " + name + " is closed");
            }
            orders.add(order);
        }

        @Override
        public Optional<AttemptOrder> take(Duration wait) throws InterruptedException {
            if (closed) {
                return Optional.empty();
            }
            AttemptOrder order = orders.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
            if (order == CLOSED) {
                orders.add(CLOSED); // for the next worker waiting
                return Optional.empty();
            }
            return Optional.ofNullable(order);
        }

        @Override
        public void done(AttemptOutcome outcome) {
            if (!closed) {
                outcomes.add(outcome);
            }
        }

        @Override
        public Optional<AttemptOutcome> takeDone(Duration wait) throws InterruptedException {
            return Optional.ofNullable(outcomes.poll(wait.toNanos(), TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public void close() {
            closed = true;
            QUEUES.remove(name, this);
            orders.clear();
            orders.add(CLOSED);
            outcomes.clear();
        }
    }
}

package io.sparktune.runner.spark;

import com.hazelcast.collection.IQueue;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.sparktune.cluster.ClusterSettings;
import io.sparktune.cluster.ControlPlane;
import io.sparktune.store.hazelcast.HazelcastStoreAccess;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Trial queues in the control plane, for pull workers on executors anywhere in the cluster: the
 * orders and the outcomes of a queue are two Hazelcast {@link IQueue}s, and whether it is open is
 * an entry of {@value #STATES_MAP} (kept a day after it closes, so that a worker task that starts
 * late finds it closed rather than waiting on a queue nobody fills). Each JVM uses the Hazelcast
 * instance of the cluster already running there (the embedded member, or the client its store
 * access made), else connects one client and keeps it, as {@link HazelcastStoreAccess} does.
 *
 * @param settings the control plane
 */
public record HazelcastTrialQueues(ClusterSettings settings) implements TrialQueues {

    /** Queue name to {@link #OPEN} or {@link #CLOSED}. */
    public static final String STATES_MAP = "sparktune.trial-queues";
    private static final String OPEN = "open";
    private static final String CLOSED = "closed";

    public HazelcastTrialQueues {
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    public TrialQueue create(String name) {
        Queue queue = new Queue(instance(), name);
        if (queue.states.putIfAbsent(name, OPEN) != null) {
            throw new IllegalStateException("the trial queue " + name + " exists already");
        }
        return queue;
    }

    @Override
    public TrialQueue open(String name) {
        return new Queue(instance(), name);
    }

    @Override
    public boolean spansProcesses() {
        return true;
    }

    private HazelcastInstance instance() {
        synchronized (HazelcastStoreAccess.class) { // the lock the store access makes its client under
            return ControlPlane.running(settings.clusterName()).orElseGet(() -> ControlPlane.connect(settings));
        }
    }

    /** One named pair of queues in the control plane. */
    private static final class Queue implements TrialQueue {

        private final String name;
        private final IMap<String, String> states;
        private final IQueue<AttemptOrder> orders;
        private final IQueue<AttemptOutcome> outcomes;

        Queue(HazelcastInstance instance, String name) {
            this.name = name;
            this.states = instance.getMap(STATES_MAP);
            this.orders = instance.getQueue("sparktune.trial-queue." + name + ".orders");
            this.outcomes = instance.getQueue("sparktune.trial-queue." + name + ".outcomes");
        }

        @Override
        public void put(AttemptOrder order) {
            if (isClosed()) {
                throw new IllegalStateException("cannot queue " + order + ": the trial queue " + name + " is closed");
            }
            orders.add(order);
        }

        @Override
        public Optional<AttemptOrder> take(Duration wait) throws InterruptedException {
            return isClosed() ? Optional.empty() : Optional.ofNullable(orders.poll(wait.toNanos(), TimeUnit.NANOSECONDS));
        }

        @Override
        public void done(AttemptOutcome outcome) {
            if (!isClosed()) {
                outcomes.add(outcome);
            }
        }

        @Override
        public Optional<AttemptOutcome> takeDone(Duration wait) throws InterruptedException {
            return Optional.ofNullable(outcomes.poll(wait.toNanos(), TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean isClosed() {
            return !OPEN.equals(states.get(name));
        }

        @Override
        public void close() {
            states.put(name, CLOSED, 1, TimeUnit.DAYS);
            orders.destroy();
            outcomes.destroy();
        }
    }
}

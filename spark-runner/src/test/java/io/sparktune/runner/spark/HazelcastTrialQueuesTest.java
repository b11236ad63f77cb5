package io.sparktune.runner.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparktune.testing.LoopbackCluster;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The trial queues in a control plane of one member in this JVM, used here through it. */
class HazelcastTrialQueuesTest extends TrialQueuesContract {

    private static LoopbackCluster cluster;

    @BeforeAll
    static void startMember() {
        cluster = LoopbackCluster.start("trial-queues", 1);
    }

    @AfterAll
    static void stopMember() {
        cluster.close();
    }

    @Override
    TrialQueues queues() {
        return new HazelcastTrialQueues(cluster.settings());
    }

    @Test
    void aClientOfTheClusterTakesWhatTheMemberQueued() throws Exception {
        TrialQueue driver = queues().create("through-a-client");
        var client = cluster.connectClient();
        var orders = client.<AttemptOrder>getQueue("sparktune.trial-queue.through-a-client.orders");
        AttemptOrder order = new AttemptOrder(4, 1, Map.of("lr", 0.01), 9);

        driver.put(order);

        assertEquals(order, orders.poll());
        assertEquals(Optional.empty(), driver.takeDone(Duration.ofMillis(10)));
        driver.close();
    }
}

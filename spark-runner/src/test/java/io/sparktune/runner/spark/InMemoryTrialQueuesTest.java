package io.sparktune.runner.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class InMemoryTrialQueuesTest extends TrialQueuesContract {

    @Override
    TrialQueues queues() {
        return new InMemoryTrialQueues();
    }

    @Test
    void everyAccessInThisJvmFindsTheOneQueueOfAName() {
        TrialQueue made = queues().create("in-memory-one");
        assertSame(made, queues().open("in-memory-one"));
        made.close();
    }

    @Test
    void closingWakesWorkersWaitingForAnOrder() throws Exception {
        TrialQueue queue = queues().create("in-memory-wake");
        List<Optional<AttemptOrder>> taken = new CopyOnWriteArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread worker = new Thread(() -> {
                try {
                    taken.add(queue.take(Duration.ofMinutes(10)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            worker.start();
            workers.add(worker);
        }

        queue.close();

        for (Thread worker : workers) {
            worker.join(Duration.ofMinutes(1).toMillis());
            assertFalse(worker.isAlive(), "a worker still waits on the closed queue");
        }
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty()), taken);
    }
}

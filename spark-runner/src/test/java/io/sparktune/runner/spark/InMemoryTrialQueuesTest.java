package io.sparktune.runner.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryTrialQueuesTest {

    private static final Duration NO_WAIT = Duration.ZERO;

    @Test
    void ordersAndOutcomesGoThroughInOrderAndACopyOfTheAccessFindsTheSameQueue() throws Exception {
        TrialQueues queues = copy(new InMemoryTrialQueues());
        TrialQueue driver = new InMemoryTrialQueues().create("q1");
        TrialQueue worker = queues.open("q1");
        assertSame(driver, worker);
        AttemptOrder first = new AttemptOrder(0, 0, Map.of("x", 1.0), 5);
        AttemptOrder second = new AttemptOrder(1, 2, Map.of("x", 2.0), 6);

        driver.put(first);
        driver.put(second);

        assertEquals(Optional.of(first), worker.take(NO_WAIT));
        assertEquals(Optional.of(second), worker.take(NO_WAIT));
        assertEquals(Optional.empty(), worker.take(Duration.ofMillis(1)));
        worker.done(new AttemptOutcome.Completed(1, 2, 0.5));
        assertEquals(Optional.of(new AttemptOutcome.Completed(1, 2, 0.5)), driver.takeDone(NO_WAIT));
        driver.close();
    }

    @Test
    void aQueueThatWasNeverMadeReadsAsClosed() throws Exception {
        TrialQueue queue = new InMemoryTrialQueues().open("never-made");
        assertTrue(queue.isClosed());
        assertEquals(Optional.empty(), queue.take(Duration.ofMinutes(1)));
        new InMemoryTrialQueues().create("q3");
        assertEquals("the trial queue q3 exists already", assertThrows(IllegalStateException.class,
                () -> new InMemoryTrialQueues().create("q3")).getMessage());
        new InMemoryTrialQueues().open("q3").close();
    }

    @Test
    void aClosedQueueHandsOutNothingRefusesOrdersAndIsForgotten() throws Exception {
        TrialQueue queue = new InMemoryTrialQueues().create("q2");
        queue.put(new AttemptOrder(0, 0, Map.of(), 1));

        queue.close();

        assertTrue(queue.isClosed());
        assertEquals(Optional.empty(), queue.take(NO_WAIT));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> queue.put(new AttemptOrder(1, 0, Map.of(), 1)));
        assertEquals("cannot queue trial 1 attempt 0: the trial queue q2 is closed", refused.getMessage());
        TrialQueue fresh = new InMemoryTrialQueues().create("q2");
        assertNotSame(queue, fresh);
        assertFalse(fresh.isClosed());
        fresh.close();
    }

    @Test
    void closingWakesWorkersWaitingForAnOrder() throws Exception {
        TrialQueue queue = new InMemoryTrialQueues().create("q4");
        java.util.List<Optional<AttemptOrder>> taken = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<Thread> workers = new java.util.ArrayList<>();
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
        assertEquals(java.util.List.of(Optional.empty(), Optional.empty(), Optional.empty()), taken);
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}

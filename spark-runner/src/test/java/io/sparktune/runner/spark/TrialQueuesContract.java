package io.sparktune.runner.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link TrialQueues} implementation does; a test class per implementation runs it. */
abstract class TrialQueuesContract {

    private static final Duration SHORT = Duration.ofMillis(50);

    /** The implementation under test. */
    abstract TrialQueues queues();

    private static String name() {
        return "q-" + UUID.randomUUID();
    }

    @Test
    void ordersAndOutcomesGoThroughInOrderAndASerializedCopyFindsTheSameQueue() throws Exception {
        String name = name();
        TrialQueue driver = queues().create(name);
        TrialQueue worker = copy(queues()).open(name);
        AttemptOrder first = new AttemptOrder(0, 0, Map.of("x", 1.0, "layers", 3L, "act", "relu"), 5);
        AttemptOrder second = new AttemptOrder(1, 2, Map.of("x", 2.0), 6);

        driver.put(first);
        driver.put(second);

        assertFalse(worker.isClosed());
        assertEquals(Optional.of(first), worker.take(SHORT));
        assertEquals(Optional.of(second), worker.take(SHORT));
        assertEquals(Optional.empty(), worker.take(Duration.ofMillis(1)));
        worker.done(new AttemptOutcome.Completed(1, 2, 0.5));
        worker.done(new AttemptOutcome.Failed(0, 0, "CUDA out of memory"));
        assertEquals(Optional.of(new AttemptOutcome.Completed(1, 2, 0.5)), driver.takeDone(SHORT));
        assertEquals(Optional.of(new AttemptOutcome.Failed(0, 0, "CUDA out of memory")), driver.takeDone(SHORT));
        driver.close();
    }

    @Test
    void aClosedQueueHandsOutNothingAndRefusesOrders() throws Exception {
        String name = name();
        TrialQueue queue = queues().create(name);
        queue.put(new AttemptOrder(0, 0, Map.of(), 1));

        queue.close();

        TrialQueue worker = queues().open(name);
        assertTrue(queue.isClosed());
        assertTrue(worker.isClosed());
        assertEquals(Optional.empty(), worker.take(SHORT));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> queue.put(new AttemptOrder(1, 0, Map.of(), 1)));
        assertEquals("cannot queue trial 1 attempt 0: the trial queue " + name + " is closed", refused.getMessage());
    }

    @Test
    void aQueueThatWasNeverMadeReadsAsClosedAndANameIsMadeOnce() throws Exception {
        TrialQueue never = queues().open(name());
        assertTrue(never.isClosed());
        assertEquals(Optional.empty(), never.take(SHORT));
        String name = name();
        queues().create(name);
        assertEquals("the trial queue " + name + " exists already",
                assertThrows(IllegalStateException.class, () -> queues().create(name)).getMessage());
        queues().open(name).close();
    }

    @SuppressWarnings("unchecked")
    static <T> T copy(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}

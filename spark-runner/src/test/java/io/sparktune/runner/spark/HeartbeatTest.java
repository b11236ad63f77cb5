package io.sparktune.runner.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparktune.store.StudyStore;
import io.sparktune.store.memory.InMemoryStudyStore;
import io.sparktune.trial.Direction;
import io.sparktune.trial.TrialState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeartbeatTest {

    private final StudyStore store = new InMemoryStudyStore(Direction.MINIMIZE);

    private void oneRunningTrial() {
        store.createTrial((number, history) -> Optional.of(Map.of("x", 1.0)), Instant.now());
        store.claim(0, 0, "executor 1 on h, task 1", Instant.now());
    }

    @Test
    void heartbeatsKeepTheAttemptAliveInTheStore() throws Exception {
        oneRunningTrial();
        Instant claimed = store.trial(0).orElseThrow().heartbeatAt();
        try (Heartbeat heartbeat = Heartbeat.start(store, 0, 0, Thread.currentThread(), Clock.systemUTC(),
                Duration.ofMillis(5))) {
            while (!store.trial(0).orElseThrow().heartbeatAt().isAfter(claimed)) {
                Thread.sleep(5);
            }
            assertNull(heartbeat.givenUp());
        }
        assertEquals("executor 1 on h, task 1", store.trial(0).orElseThrow().worker());
    }

    @Test
    void anAttemptTheStoreNoLongerRunsIsGivenUpAndItsTrainerInterrupted() {
        oneRunningTrial();
        Heartbeat heartbeat = Heartbeat.start(store, 0, 0, Thread.currentThread(), Clock.systemUTC(),
                Duration.ofMillis(5));
        store.finish(0, TrialState.STALE, null, "no heartbeat for 30s", Instant.now());
        store.retry(0, Instant.now());

        assertThrows(InterruptedException.class, () -> Thread.sleep(60_000));

        assertEquals("attempt 0 of trial 0 no longer runs in the store", heartbeat.givenUp());
        heartbeat.giveUp("again");
        heartbeat.close();
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt outlived the heartbeat");
        assertEquals("attempt 0 of trial 0 no longer runs in the store", heartbeat.givenUp());
    }

    @Test
    void aClosedHeartbeatInterruptsNothing() throws Exception {
        oneRunningTrial();
        Heartbeat heartbeat = Heartbeat.start(store, 0, 0, Thread.currentThread(), Clock.systemUTC(),
                Duration.ofMillis(5));
        heartbeat.close();

        heartbeat.giveUp("too late");

        assertFalse(Thread.interrupted());
        assertNull(heartbeat.givenUp());
    }
}

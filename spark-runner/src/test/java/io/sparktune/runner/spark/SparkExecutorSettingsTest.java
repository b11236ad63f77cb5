package io.sparktune.runner.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SparkExecutorSettingsTest {

    @Test
    void defaultsHoldAThirtySecondLeaseWithAHeartbeatEveryTenSeconds() {
        SparkExecutorSettings settings = SparkExecutorSettings.defaults(4);
        assertEquals(Duration.ofSeconds(30), settings.lease());
        assertEquals(Duration.ofSeconds(10), settings.heartbeatEvery());
        assertEquals(4, settings.slots());
        assertEquals(SparkExecutorSettings.DEFAULT_DISPATCH, settings.dispatch());
        assertEquals(Duration.ofSeconds(3), settings.withLease(Duration.ofSeconds(9)).heartbeatEvery());
    }

    @Test
    void constructorsSayWhatMustHold() {
        assertEquals("slots >= 1 must hold, but got slots=0", assertThrows(IllegalArgumentException.class,
                () -> SparkExecutorSettings.defaults(0)).getMessage());
        assertEquals("lease >= 3ms must hold (a heartbeat every third of it), but got lease=PT0S",
                assertThrows(IllegalArgumentException.class,
                        () -> SparkExecutorSettings.defaults(1).withLease(Duration.ZERO)).getMessage());
        assertEquals("attempt >= 0 must hold, but got attempt=-1", assertThrows(IllegalArgumentException.class,
                () -> new AttemptOrder(0, -1, Map.of(), 1)).getMessage());
    }

    @Test
    void dispatchModesHaveCommandLineNames() {
        assertEquals(Optional.of(Dispatch.JOB_PER_TRIAL), Dispatch.fromCliName("jobs"));
        assertEquals(Optional.of(Dispatch.PULL_WORKERS), Dispatch.fromCliName("Workers"));
        assertEquals(Optional.empty(), Dispatch.fromCliName("threads"));
    }
}

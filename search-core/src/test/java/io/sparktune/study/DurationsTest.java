package io.sparktune.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void durationsReadAsPeopleWriteThem() {
        assertEquals("30m", Durations.format(Duration.ofMinutes(30)));
        assertEquals("1h30m", Durations.format(Duration.ofMinutes(90)));
        assertEquals("2d3h", Durations.format(Duration.ofHours(51)));
        assertEquals("45s", Durations.format(Duration.ofSeconds(45)));
        assertEquals("1s250ms", Durations.format(Duration.ofMillis(1250)));
        assertEquals("10ns", Durations.format(Duration.ofNanos(10)));
        assertEquals("0s", Durations.format(Duration.ZERO));
    }
}

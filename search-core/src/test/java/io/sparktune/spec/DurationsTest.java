package io.sparktune.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsTheShortForms() {
        assertEquals(Optional.of(Duration.ofSeconds(90)), Durations.parse("90s"));
        assertEquals(Optional.of(Duration.ofMinutes(30)), Durations.parse("30m"));
        assertEquals(Optional.of(Duration.ofHours(2)), Durations.parse("2h"));
        assertEquals(Optional.of(Duration.ofMinutes(90)), Durations.parse("1h30m"));
        assertEquals(Optional.of(Duration.ofMinutes(90)), Durations.parse("1.5h"));
        assertEquals(Optional.of(Duration.ofHours(26).plusSeconds(5)), Durations.parse("1d2h5s"));
        assertEquals(Optional.of(Duration.ofMillis(500)), Durations.parse("0.5s"));
        assertEquals(Optional.of(Duration.ofMillis(1250)), Durations.parse("1s250ms"));
        assertEquals(Optional.of(Duration.ofMillis(250)), Durations.parse("250ms"));
    }

    @Test
    void readsJsonNumbersAsSeconds() {
        assertEquals(Optional.of(Duration.ofMillis(2500)), Durations.parse(JsonNodeFactory.instance.numberNode(2.5)));
        assertEquals(Optional.of(Duration.ofMinutes(1)), Durations.parse(JsonNodeFactory.instance.textNode("1m")));
        assertTrue(Durations.parse(JsonNodeFactory.instance.numberNode(-1)).isEmpty());
        assertTrue(Durations.parse(JsonNodeFactory.instance.booleanNode(true)).isEmpty());
    }

    @Test
    void writesTheShortFormThatItReads() {
        assertEquals("30m", Durations.format(Duration.ofMinutes(30)));
        assertEquals("1h30m", Durations.format(Duration.ofMinutes(90)));
        assertEquals("2d3h", Durations.format(Duration.ofHours(51)));
        assertEquals("45s", Durations.format(Duration.ofSeconds(45)));
        assertEquals("1s250ms", Durations.format(Duration.ofMillis(1250)));
        assertEquals("10ns", Durations.format(Duration.ofNanos(10)));
        assertEquals("0s", Durations.format(Duration.ZERO));
        for (Duration d : new Duration[] {Duration.ofMinutes(90), Duration.ofMillis(86_400_001), Duration.ofSeconds(7)}) {
            assertEquals(Optional.of(d), Durations.parse(Durations.format(d)));
        }
    }

    @Test
    void readsIso8601() {
        assertEquals(Optional.of(Duration.ofMinutes(30)), Durations.parse("PT30M"));
        assertEquals(Optional.of(Duration.ofMinutes(90)), Durations.parse("pt1h30m"));
    }

    @Test
    void refusesAnythingElse() {
        for (String bad : new String[] {"", "s", "30", "30 m", "30min", "1m1h", "1h1h", "-5s", "PT", "P1X",
            "99999999999999999999d"}) {
            assertTrue(Durations.parse(bad).isEmpty(), bad);
        }
    }
}

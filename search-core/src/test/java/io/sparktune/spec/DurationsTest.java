package io.sparktune.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

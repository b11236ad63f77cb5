package io.sparktune.runner.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    private static Optional<Duration> text(String s) {
        return DurationText.parse(JsonNodeFactory.instance.textNode(s));
    }

    @Test
    void readsUnitsNumbersAndIso() {
        assertEquals(Optional.of(Duration.ofSeconds(90)), text("90s"));
        assertEquals(Optional.of(Duration.ofMinutes(90)), text("1h30m"));
        assertEquals(Optional.of(Duration.ofMillis(1500)), text("1.5s"));
        assertEquals(Optional.of(Duration.ofMillis(250)), text("250ms"));
        assertEquals(Optional.of(Duration.ofDays(2)), text("2d"));
        assertEquals(Optional.of(Duration.ofMinutes(5)), text("PT5M"));
        assertEquals(Optional.of(Duration.ofMillis(2500)), DurationText.parse(JsonNodeFactory.instance.numberNode(2.5)));
    }

    @Test
    void rejectsAnythingElse() {
        assertEquals(Optional.empty(), text("soon"));
        assertEquals(Optional.empty(), text("10"));
        assertEquals(Optional.empty(), text("10 parsecs"));
        assertEquals(Optional.empty(), text(""));
        assertEquals(Optional.empty(), DurationText.parse(JsonNodeFactory.instance.booleanNode(true)));
    }
}

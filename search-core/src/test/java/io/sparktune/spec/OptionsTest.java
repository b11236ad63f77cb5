package io.sparktune.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void remainingKeysAreTheOnesNobodyAskedForAndThenCountAsKnown() throws Exception {
        Problems problems = new Problems();
        Options options = Options.of(new ObjectMapper().readTree("{\"model\": \"mlp\", \"units\": 64, \"lr\": 0.1}"),
                "$.trainer", problems);
        assertEquals("mlp", options.getString("model", null));
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> rest = options.remaining();
        assertEquals(List.of("units", "lr"), List.copyOf(rest.keySet()));
        assertEquals(64, rest.get("units").asInt());
        assertTrue(options.remaining().isEmpty(), "a second call finds nothing left");
        options.rejectUnknown();
        assertTrue(problems.isEmpty(), () -> problems.list().toString());
    }

    @Test
    void unknownKeysAreStillReportedWithoutRemaining() throws Exception {
        Problems problems = new Problems();
        Options options = Options.of(new ObjectMapper().readTree("{\"modle\": \"mlp\"}"), "$.trainer", problems);
        options.getString("model", "mlp");
        options.rejectUnknown();
        assertEquals("$.trainer.modle: unknown option, did you mean \"model\"? (known: model)",
                problems.list().get(0).toString());
    }
}

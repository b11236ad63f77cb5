package io.sparktune.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.trial.Direction;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BestJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

    private static Trial completed(int number, double value) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("lr", 0.01);
        params.put("hidden", 64L);
        return new Trial(number, params, TrialState.COMPLETED, value, List.of(), null, T0, T0, T0.plusSeconds(5),
                List.of(), null, null, null);
    }

    @Test
    void holdsTheStudyItsDirectionTheTrialAndTheStudyFileInThatOrder() throws Exception {
        JsonNode studyFile = JSON.readTree("{\"name\":\"digits\",\"space\":{\"lr\":{\"type\":\"float\"}}}");

        ObjectNode best = BestJson.of("digits", Direction.MAXIMIZE, completed(7, 0.97), studyFile);

        assertEquals("{\"study\":\"digits\",\"direction\":\"maximize\",\"trial\":7,\"value\":0.97,"
                + "\"params\":{\"lr\":0.01,\"hidden\":64},"
                + "\"studyFile\":{\"name\":\"digits\",\"space\":{\"lr\":{\"type\":\"float\"}}}}", best.toString());
    }

    @Test
    void copiesTheStudyFileSoThatLaterChangesDoNotReachIt() throws Exception {
        ObjectNode studyFile = (ObjectNode) JSON.readTree("{\"name\":\"s\"}");
        ObjectNode best = BestJson.of("s", Direction.MINIMIZE, completed(0, 1.0), studyFile);

        studyFile.put("name", "changed");

        assertEquals("s", best.get("studyFile").get("name").asText());
    }

    @Test
    void nonFiniteValuesAreStrings() throws Exception {
        ObjectNode best = BestJson.of("s", Direction.MINIMIZE, completed(0, Double.NEGATIVE_INFINITY),
                JSON.createObjectNode());

        assertEquals("-Infinity", best.get("value").asText());
    }

    @Test
    void everyPartIsRequired() {
        Trial trial = completed(0, 1.0);
        ObjectNode file = JSON.createObjectNode();
        assertThrows(NullPointerException.class, () -> BestJson.of(null, Direction.MINIMIZE, trial, file));
        assertThrows(NullPointerException.class, () -> BestJson.of("s", null, trial, file));
        assertThrows(NullPointerException.class, () -> BestJson.of("s", Direction.MINIMIZE, null, file));
        assertThrows(NullPointerException.class, () -> BestJson.of("s", Direction.MINIMIZE, trial, null));
    }
}

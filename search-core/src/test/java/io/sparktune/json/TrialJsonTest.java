package io.sparktune.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.trial.Attempt;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrialJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

    private static Trial roundTrip(Trial trial) throws Exception {
        String text = TrialJson.toJson(trial).toString();
        return TrialJson.fromJson(JSON.readTree(text));
    }

    private static Map<String, Object> everyKind() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("x0", 1.5);
        params.put("whole", 2.0);
        params.put("tiny", 1e-12);
        params.put("layers", 3L);
        params.put("big", Long.MAX_VALUE);
        params.put("opt", "sgd");
        params.put("nesterov", false);
        params.put("shape", List.of(64L, 32.0, "relu", true));
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("_name", "adam");
        nested.put("beta", List.of(0.9, 0.999));
        params.put("optimizer", nested);
        return params;
    }

    @Test
    void aCompletedTrialRoundTripsWithEveryKindOfParameter() throws Exception {
        Trial trial = new Trial(4, everyKind(), TrialState.COMPLETED, 1.23,
                List.of(new Report(1, 0.5), new Report(2, 0.25)), null, T0, T0.plusSeconds(1), T0.plusSeconds(9),
                List.of(), null, null, null);
        Trial back = roundTrip(trial);
        assertEquals(trial, back);
        assertEquals(List.copyOf(trial.params().keySet()), List.copyOf(back.params().keySet()));
        assertTrue(back.params().get("whole") instanceof Double);
        assertTrue(back.params().get("layers") instanceof Long);
        assertTrue(((List<?>) back.params().get("shape")).get(0) instanceof Long);
        assertTrue(((List<?>) back.params().get("shape")).get(1) instanceof Double);
    }

    @Test
    void theFormatIsTheDocumentedOne() {
        Trial trial = new Trial(0, Map.of("opt", "sgd"), TrialState.COMPLETED, 1.23, List.of(new Report(1, 0.5)),
                null, T0, T0.plusSeconds(1), T0.plusSeconds(2), List.of(), null, null, null);
        assertEquals("{\"number\":0,\"state\":\"completed\",\"value\":1.23,\"params\":{\"opt\":\"sgd\"},"
                + "\"reports\":[{\"step\":1,\"value\":0.5}],\"createdAt\":\"2024-05-01T12:00:00Z\","
                + "\"startedAt\":\"2024-05-01T12:00:01Z\",\"endedAt\":\"2024-05-01T12:00:02Z\",\"attempts\":[]}",
                TrialJson.toJson(trial).toString());
    }

    @Test
    void nullFieldsAreLeftOut() {
        Trial running = Trial.created(2, Map.of("x", 1.0), TrialState.WAITING, T0);
        JsonNode json = TrialJson.toJson(running);
        for (String field : List.of("value", "reason", "startedAt", "endedAt")) {
            assertFalse(json.has(field), field + " should be left out: " + json);
        }
        assertEquals(running, TrialJson.fromJson(json));
    }

    @Test
    void attemptsAndReasonsRoundTrip() throws Exception {
        Attempt failed = new Attempt(0, TrialState.FAILED, null, List.of(new Report(1, 3.0)), "CUDA out of memory",
                T0, T0.plusSeconds(5));
        Attempt stale = new Attempt(1, TrialState.STALE, null, List.of(), "lost its worker", T0.plusSeconds(6),
                T0.plusSeconds(7));
        Trial trial = new Trial(1, Map.of("lr", 0.1), TrialState.PRUNED, 0.7, List.of(new Report(3, 0.7)),
                "rung 1: 0.7 is not in the top 1/3", T0, T0.plusSeconds(8), T0.plusSeconds(9), List.of(failed, stale), "rung 1: 0.7 is not in the top 1/3", "executor 2", T0.plusSeconds(7));
        Trial back = roundTrip(trial);
        assertEquals(trial, back);
        assertEquals("CUDA out of memory", back.attempts().get(0).reason());
        assertFalse(TrialJson.toJson(trial).get("attempts").get(0).has("value"));
    }

    @Test
    void nanAndInfiniteValuesSurviveAsStrings() throws Exception {
        Trial trial = new Trial(0, Map.of(), TrialState.COMPLETED, Double.NEGATIVE_INFINITY,
                List.of(new Report(1, Double.NaN), new Report(2, Double.POSITIVE_INFINITY)), null, T0, T0, T0,
                List.of(new Attempt(0, TrialState.FAILED, Double.NaN, List.of(), null, T0, T0)), null, null, null);
        JsonNode json = TrialJson.toJson(trial);
        assertEquals("-Infinity", json.get("value").textValue());
        assertEquals("NaN", json.get("reports").get(0).get("value").textValue());
        assertEquals("Infinity", json.get("reports").get(1).get("value").textValue());
        Trial back = roundTrip(trial);
        assertEquals(trial, back);
        assertTrue(back.reports().get(0).value() != back.reports().get(0).value(), "NaN");
    }

    @Test
    void theBestConfigurationIsTrialValueAndParams() {
        Trial trial = new Trial(17, Map.of("lr", 0.01, "layers", 2L), TrialState.COMPLETED, 0.397887, List.of(),
                null, T0, T0, T0, List.of(), null, null, null);
        JsonNode best = TrialJson.best(trial);
        assertEquals(List.of("trial", "value", "params"), iterable(best.fieldNames()));
        assertEquals(17, best.get("trial").intValue());
        assertEquals(0.397887, best.get("value").doubleValue());
        assertEquals(Map.of("lr", 0.01, "layers", 2L), TrialJson.paramsFromJson(best.get("params"), "$.params"));
    }

    @Test
    void badInputNamesItsJsonPath() throws Exception {
        assertProblem("{\"number\":0,\"state\":\"done\",\"params\":{},\"reports\":[],\"createdAt\":\"2024-05-01T12:00:00Z\"}",
                "$.state: must be one of [waiting, running, completed, pruned, failed, stale], but got \"done\"");
        assertProblem("{\"number\":0,\"state\":\"running\",\"params\":{},\"reports\":[{\"step\":1,\"value\":true}],"
                + "\"createdAt\":\"2024-05-01T12:00:00Z\"}",
                "$.reports[0].value: must be a number, \"NaN\", \"Infinity\" or \"-Infinity\", but got true");
        assertProblem("{\"number\":0,\"state\":\"running\",\"params\":{},\"reports\":[],\"createdAt\":\"yesterday\"}",
                "$.createdAt: must be an ISO-8601 instant such as 2024-05-01T12:00:00Z, but got \"yesterday\"");
        assertProblem("{\"number\":0,\"state\":\"running\",\"reports\":[],\"createdAt\":\"2024-05-01T12:00:00Z\"}",
                "$.params: is required");
        assertProblem("{\"number\":0,\"state\":\"failed\",\"params\":{},\"reports\":[],"
                + "\"createdAt\":\"2024-05-01T12:00:00Z\",\"attempts\":[{\"index\":0,\"state\":\"running\","
                + "\"reports\":[]}]}",
                "$.attempts[0].state: an attempt must have ended, but its state is RUNNING");
        assertProblem("[1,2]", "$: must be an object, but got [1,2]");
    }

    private static void assertProblem(String json, String expected) throws Exception {
        JsonNode node = JSON.readTree(json);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrialJson.fromJson(node));
        assertEquals(expected, e.getMessage());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}

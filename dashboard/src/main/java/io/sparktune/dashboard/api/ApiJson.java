package io.sparktune.dashboard.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.dashboard.data.StudySnapshot;
import io.sparktune.dashboard.data.StudySummary;
import io.sparktune.dashboard.data.TrialPage;
import io.sparktune.dashboard.data.TrialQuery;
import io.sparktune.json.TrialJson;
import io.sparktune.trial.TrialState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The JSON the API answers with. A study's summary has every field, {@code null} where it has no
 * value (no best yet, not started, not ended), so that clients can rely on its shape; trials are
 * {@link TrialJson} objects, as in {@code trials.jsonl}, where fields without a value are left out.
 */
final class ApiJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ApiJson() {
    }

    /** {@code {"studies": [summary, ...]}}. */
    static ObjectNode studies(List<StudySummary> studies, Instant now) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode array = node.putArray("studies");
        studies.forEach(s -> array.add(summary(s, now)));
        return node;
    }

    /** One study's line: its phase, budget, counts by state, best so far and times. */
    static ObjectNode summary(StudySummary s, Instant now) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", s.id());
        node.put("phase", s.phase().jsonName());
        node.put("direction", s.direction());
        node.put("strategy", s.strategy());
        node.put("scheduler", s.scheduler());
        node.put("trials", s.trials());
        node.put("maxTrials", s.maxTrials());
        ObjectNode counts = node.putObject("counts");
        for (TrialState state : TrialState.values()) {
            counts.put(state.jsonName(), s.counts().getOrDefault(state, 0));
        }
        if (s.bestValue() != null && s.bestTrial() != null) {
            ObjectNode best = node.putObject("best");
            best.set("value", TrialJson.valueToJson(s.bestValue()));
            best.put("trial", s.bestTrial());
        } else {
            node.putNull("best");
        }
        putInstant(node, "createdAt", s.createdAt());
        putInstant(node, "startedAt", s.startedAt());
        putInstant(node, "endedAt", s.endedAt());
        Duration elapsed = s.elapsed(now);
        if (elapsed != null) {
            node.put("elapsedSeconds", elapsed.toMillis() / 1000.0);
        } else {
            node.putNull("elapsedSeconds");
        }
        node.put("message", s.message());
        return node;
    }

    /** The summary, then {@code parameters} (the names) and {@code study} (the study file). */
    static ObjectNode study(StudySnapshot snapshot, Instant now) {
        ObjectNode node = summary(snapshot.summary(), now);
        ArrayNode names = node.putArray("parameters");
        snapshot.parameterNames().forEach(names::add);
        node.set("study", studyFile(snapshot.studyJson()));
        return node;
    }

    /**
     * The study file as a JSON value: the object the user wrote, or, should it not parse (it always
     * does for a study a driver created), its text as a JSON string.
     */
    static JsonNode studyFile(String studyJson) {
        try {
            JsonNode tree = MAPPER.readTree(studyJson);
            return tree == null || tree.isMissingNode() ? MAPPER.getNodeFactory().textNode(studyJson) : tree;
        } catch (JsonProcessingException e) {
            return MAPPER.getNodeFactory().textNode(studyJson);
        }
    }

    /** {@code {"total": N, "offset": O, "limit": L, "trials": [...]}}. */
    static ObjectNode page(TrialPage page, TrialQuery query) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("total", page.total());
        node.put("offset", query.offset());
        node.put("limit", query.limit());
        ArrayNode trials = node.putArray("trials");
        page.trials().forEach(t -> trials.add(TrialJson.toJson(t)));
        return node;
    }

    /** {@code {"error": message, "status": status}}. */
    static ObjectNode error(int status, String message) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("error", message);
        node.put("status", status);
        return node;
    }

    /** The answer to a stop request: {@code {"study": id, "result": "requested"}}. */
    static ObjectNode stop(String id, String result) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("study", id);
        node.put("result", result);
        return node;
    }

    /** What the API sends: pretty-printed, ending in a newline, as {@code best.json} is written. */
    static String text(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void putInstant(ObjectNode node, String field, Instant instant) {
        if (instant != null) {
            node.put(field, instant.toString());
        } else {
            node.putNull(field);
        }
    }
}

package io.sparktune.dashboard.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.dashboard.data.StudySnapshot;
import io.sparktune.json.BestJson;
import io.sparktune.trial.Trial;
import java.util.Optional;

/**
 * A study's best configuration as the JSON users take away: the same content as {@code best.json}
 * and {@code sparktune best} ({@link BestJson}): {@code {"study":..,"direction":..,"trial":N,"value":V,
 * "params":{..},"studyFile":{..}}}.
 */
final class BestConfig {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BestConfig() {
    }

    /** The best completed trial's JSON, pretty-printed, or empty while none has completed. */
    static Optional<String> json(StudySnapshot snapshot) {
        return snapshot.history().best().map(best -> write(node(snapshot.id(), snapshot, best)));
    }

    private static ObjectNode node(String study, StudySnapshot snapshot, Trial best) {
        return BestJson.of(study, snapshot.history().direction(), best, studyFile(snapshot.studyJson()));
    }

    /** The study file as JSON; it was read as JSON when the study was created, so this holds. */
    private static JsonNode studyFile(String studyJson) {
        try {
            return JSON.readTree(studyJson);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(studyJson);
        }
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the best trial cannot be written as JSON: " + e.getMessage(), e);
        }
    }
}

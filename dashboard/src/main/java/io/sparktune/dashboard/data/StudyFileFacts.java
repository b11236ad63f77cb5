package io.sparktune.dashboard.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * What the dashboard shows of a study file: its strategy's and scheduler's types, its
 * {@code maxTrials} and its parameter names. The file was checked when the study was created, so it
 * is read here as plain JSON, leniently: a part that is missing is shown as missing.
 *
 * @param strategy {@code strategy.type}, or {@code null}
 * @param scheduler {@code scheduler.type}, or {@code null} when the study has no scheduler
 * @param maxTrials {@code budget.maxTrials}, or {@code null}
 * @param parameters the names under {@code space}, in the file's order
 */
record StudyFileFacts(String strategy, String scheduler, Integer maxTrials, List<String> parameters) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static StudyFileFacts of(String studyJson) {
        JsonNode root;
        try {
            root = JSON.readTree(studyJson);
        } catch (JsonProcessingException e) {
            return new StudyFileFacts(null, null, null, List.of());
        }
        List<String> parameters = new ArrayList<>();
        root.path("space").fieldNames().forEachRemaining(parameters::add);
        JsonNode maxTrials = root.path("budget").path("maxTrials");
        return new StudyFileFacts(type(root.path("strategy")), type(root.path("scheduler")),
                maxTrials.canConvertToInt() && maxTrials.isIntegralNumber() ? maxTrials.intValue() : null,
                List.copyOf(parameters));
    }

    private static String type(JsonNode component) {
        if (component.isTextual()) {
            return component.textValue();
        }
        JsonNode type = component.path("type");
        return type.isTextual() ? type.textValue() : null;
    }
}

package io.sparktune.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.trial.Direction;
import io.sparktune.trial.Trial;
import java.util.Objects;

/**
 * The best configuration of a study as users take it away: the content of {@code best.json}, of
 * {@code sparktune best} and of the dashboard's {@code GET /api/studies/{id}/best}, one format for all:
 *
 * <pre>
 * {"study":"digits","direction":"maximize","trial":17,"value":0.973,"params":{"lr":0.003,"hidden":64},
 *  "studyFile":{"name":"digits", ...the study file that produced it...}}
 * </pre>
 */
public final class BestJson {

    private BestJson() {
    }

    /**
     * The best configuration of study {@code studyName}.
     *
     * @param best its best completed trial
     * @param studyFile the study file it was created from, as JSON
     */
    public static ObjectNode of(String studyName, Direction direction, Trial best, JsonNode studyFile) {
        Objects.requireNonNull(studyName, "studyName");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(studyFile, "studyFile");
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("study", studyName);
        node.put("direction", direction.jsonName());
        node.setAll(TrialJson.best(best));
        node.set("studyFile", studyFile.deepCopy());
        return node;
    }
}

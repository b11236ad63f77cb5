package io.sparktune.store.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.json.TrialJson;
import io.sparktune.store.Stores;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;

/**
 * The events of the journal, one JSON object a line:
 *
 * <pre>
 * {"event":"created","number":0,"params":{"lr":0.01},"time":"2024-05-01T12:00:00Z"}
 * {"event":"report","number":0,"step":1,"value":0.52,"time":"..."}
 * {"event":"report","number":0,"step":2,"value":0.61,"stop":"rung 0 (step 2): ...","time":"..."}
 * {"event":"stop","number":0,"reason":"time limit of 30m reached"}
 * {"event":"finished","number":0,"state":"completed","value":0.41,"time":"..."}
 * {"event":"retried","number":0,"time":"..."}
 * </pre>
 *
 * Replaying them in order with {@link #apply} rebuilds the history.
 */
final class JournalEvents {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JournalEvents() {
    }

    static ObjectNode created(Trial trial) {
        ObjectNode event = event("created", trial.number());
        event.set("params", TrialJson.paramsToJson(trial.params()));
        event.put("time", trial.createdAt().toString());
        return event;
    }

    static ObjectNode report(int number, Report report, String stop, Instant time) {
        ObjectNode event = event("report", number);
        event.put("step", report.step());
        event.set("value", TrialJson.valueToJson(report.value()));
        if (stop != null) {
            event.put("stop", stop);
        }
        event.put("time", time.toString());
        return event;
    }

    static ObjectNode stop(int number, String reason) {
        ObjectNode event = event("stop", number);
        event.put("reason", reason);
        return event;
    }

    static ObjectNode finished(int number, TrialState state, Double value, String reason, Instant time) {
        ObjectNode event = event("finished", number);
        event.put("state", state.jsonName());
        if (value != null) {
            event.set("value", TrialJson.valueToJson(value));
        }
        if (reason != null) {
            event.put("reason", reason);
        }
        event.put("time", time.toString());
        return event;
    }

    static ObjectNode retried(int number, Instant time) {
        ObjectNode event = event("retried", number);
        event.put("time", time.toString());
        return event;
    }

    /**
     * {@code history} with {@code event} applied.
     *
     * @throws IllegalArgumentException when the event is malformed or impossible in this history
     * @throws IllegalStateException when it would change a finished trial
     */
    static History apply(History history, JsonNode event) {
        String type = text(event, "event");
        int number = event.path("number").asInt(-1);
        switch (type) {
            case "created" -> {
                if (number != history.size()) {
                    throw new IllegalArgumentException(
                            "trial " + number + " is created, but the next number is " + history.size());
                }
                return history.with(Trial.created(number,
                        TrialJson.paramsFromJson(event.get("params"), "$.params"), TrialState.RUNNING,
                        instant(event, "time")));
            }
            case "report" -> {
                Report report = new Report(event.path("step").asLong(-1),
                        TrialJson.valueFromJson(event.get("value"), "$.value"));
                Trial trial = Stores.existing(history, number);
                // Journals written before reports carried a time have none: the last sign of life stands.
                Instant time = event.hasNonNull("time") ? instant(event, "time") : trial.heartbeatAt();
                Trial reported = trial.withReport(report, time != null ? time : trial.createdAt());
                return history.with(event.hasNonNull("stop") ? reported.stopping(text(event, "stop")) : reported);
            }
            case "stop" -> {
                return history.with(Stores.existing(history, number).stopping(text(event, "reason")));
            }
            case "finished" -> {
                TrialState state = TrialState.fromJsonName(text(event, "state"))
                        .orElseThrow(() -> new IllegalArgumentException("unknown state " + event.get("state")));
                JsonNode value = event.get("value");
                Double finalValue = value == null ? null : TrialJson.valueFromJson(value, "$.value");
                String reason = event.hasNonNull("reason") ? event.get("reason").asText() : null;
                return history.with(Stores.existing(history, number)
                        .finished(state, finalValue, reason, instant(event, "time")));
            }
            case "retried" -> {
                return history.with(Stores.existing(history, number).retried(instant(event, "time")));
            }
            default -> throw new IllegalArgumentException("unknown event \"" + type + "\"");
        }
    }

    private static ObjectNode event(String type, int number) {
        ObjectNode event = NODES.objectNode();
        event.put("event", type);
        event.put("number", number);
        return event;
    }

    private static String text(JsonNode event, String field) {
        JsonNode node = event.get(field);
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("$." + field + ": must be a string, but got " + node);
        }
        return node.textValue();
    }

    private static Instant instant(JsonNode event, String field) {
        return Instant.parse(text(event, field));
    }
}

package io.sparktune.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.trial.Attempt;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trials as JSON, losslessly:
 *
 * <pre>
 * {"number":0,"state":"completed","value":1.23,"params":{"x0":1.5,"opt":"sgd"},
 *  "reports":[{"step":1,"value":0.5}],"reason":"...","createdAt":"2024-01-01T00:00:00Z",
 *  "startedAt":"...","endedAt":"...",
 *  "attempts":[{"index":0,"state":"failed","reports":[],"reason":"...","startedAt":"...","endedAt":"..."}]}
 * </pre>
 *
 * <p>Fields that are {@code null} are left out. Parameter values keep their kind: a {@code Long}
 * is written as an integer ({@code 3}) and a {@code Double} always with a fraction or exponent
 * ({@code 3.0}), so they read back as what they were; strings, booleans, lists and objects nest
 * freely. Objective values that JSON numbers cannot hold are written as the strings
 * {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"} and read back as those doubles.
 * Instants are ISO-8601 strings.
 *
 * <p>Reading checks the input and names the JSON path of the first thing wrong:
 * {@code $.reports[2].value: must be a number, "NaN", "Infinity" or "-Infinity", but got true}.
 */
public final class TrialJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TrialJson() {
    }

    /** The JSON object of {@code trial}. */
    public static ObjectNode toJson(Trial trial) {
        ObjectNode node = NODES.objectNode();
        node.put("number", trial.number());
        node.put("state", trial.state().jsonName());
        putValue(node, "value", trial.value());
        node.set("params", paramsToJson(trial.params()));
        node.set("reports", reportsToJson(trial.reports()));
        putText(node, "reason", trial.reason());
        putInstant(node, "createdAt", trial.createdAt());
        putInstant(node, "startedAt", trial.startedAt());
        putInstant(node, "endedAt", trial.endedAt());
        ArrayNode attempts = node.putArray("attempts");
        trial.attempts().forEach(a -> attempts.add(attemptToJson(a)));
        putText(node, "stopReason", trial.stopReason());
        putText(node, "worker", trial.worker());
        putInstant(node, "heartbeatAt", trial.heartbeatAt());
        return node;
    }

    /**
     * The trial that {@code node} holds, as {@link #toJson} wrote it.
     *
     * @throws IllegalArgumentException naming the JSON path of what is wrong
     */
    public static Trial fromJson(JsonNode node) {
        String at = "$";
        requireObject(node, at);
        int number = (int) requireLong(node, at, "number");
        TrialState state = requireState(node, at);
        Double value = optionalValue(node, at, "value");
        Map<String, Object> params = paramsFromJson(require(node, at, "params"), at + ".params");
        List<Report> reports = reportsFromJson(require(node, at, "reports"), at + ".reports");
        String reason = optionalText(node, at, "reason");
        Instant createdAt = requireInstant(node, at, "createdAt");
        Instant startedAt = optionalInstant(node, at, "startedAt");
        Instant endedAt = optionalInstant(node, at, "endedAt");
        List<Attempt> attempts = new ArrayList<>();
        JsonNode attemptNodes = node.get("attempts");
        if (attemptNodes != null && !attemptNodes.isNull()) {
            requireArray(attemptNodes, at + ".attempts");
            for (int i = 0; i < attemptNodes.size(); i++) {
                attempts.add(attemptFromJson(attemptNodes.get(i), at + ".attempts[" + i + "]"));
            }
        }
        String stopReason = optionalText(node, at, "stopReason");
        String worker = optionalText(node, at, "worker");
        Instant heartbeatAt = optionalInstant(node, at, "heartbeatAt");
        try {
            return new Trial(number, params, state, value, reports, reason, createdAt, startedAt, endedAt, attempts,
                    stopReason, worker, heartbeatAt);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
        }
    }

    /** The best configuration as users pull it: {@code {"trial":N,"value":V,"params":{...}}}. */
    public static ObjectNode best(Trial trial) {
        ObjectNode node = NODES.objectNode();
        node.put("trial", trial.number());
        putValue(node, "value", trial.value());
        node.set("params", paramsToJson(trial.params()));
        return node;
    }

    /** Parameter values as a JSON object, keeping Long apart from Double. */
    public static ObjectNode paramsToJson(Map<String, Object> params) {
        ObjectNode node = NODES.objectNode();
        params.forEach((name, value) -> node.set(name, anyToJson(value, "params." + name)));
        return node;
    }

    /** Parameter values from a JSON object: integers become Long, other numbers Double. */
    public static Map<String, Object> paramsFromJson(JsonNode node, String path) {
        requireObject(node, path);
        Map<String, Object> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            params.put(field.getKey(), anyFromJson(field.getValue(), path + "." + field.getKey()));
        }
        return params;
    }

    /** An objective value: a JSON number when finite, otherwise "NaN", "Infinity" or "-Infinity". */
    public static JsonNode valueToJson(double value) {
        return Double.isFinite(value) ? NODES.numberNode(value) : NODES.textNode(Double.toString(value));
    }

    /** An objective value as {@link #valueToJson} writes it; {@code path} names it in errors. */
    public static double valueFromJson(JsonNode node, String path) {
        if (node != null && node.isNumber()) {
            return node.doubleValue();
        }
        if (node != null && node.isTextual()) {
            switch (node.textValue()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException(
                path + ": must be a number, \"NaN\", \"Infinity\" or \"-Infinity\", but got " + node);
    }

    static JsonNode anyToJson(Object value, String what) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return NODES.numberNode(((Number) value).doubleValue());
        }
        if (value instanceof java.math.BigInteger b) {
            return NODES.numberNode(b);
        }
        if (value instanceof java.math.BigDecimal d) {
            return NODES.numberNode(d.doubleValue());
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < list.size(); i++) {
                array.add(anyToJson(list.get(i), what + "[" + i + "]"));
            }
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), anyToJson(v, what + "." + k)));
            return object;
        }
        throw new IllegalArgumentException(what + " has a value JSON cannot hold: " + value + " ("
                + value.getClass().getSimpleName() + ")");
    }

    static Object anyFromJson(JsonNode node, String path) {
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw new IllegalArgumentException(path + ": integer out of range: " + node);
            }
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                list.add(anyFromJson(node.get(i), path + "[" + i + "]"));
            }
            return Collections.unmodifiableList(list);
        }
        if (node.isObject()) {
            return paramsFromJsonUnmodifiable(node, path);
        }
        throw new IllegalArgumentException(path + ": unsupported JSON value " + node);
    }

    private static Map<String, Object> paramsFromJsonUnmodifiable(JsonNode node, String path) {
        return Collections.unmodifiableMap(paramsFromJson(node, path));
    }

    private static ArrayNode reportsToJson(List<Report> reports) {
        ArrayNode array = NODES.arrayNode();
        for (Report r : reports) {
            ObjectNode report = array.addObject();
            report.put("step", r.step());
            report.set("value", valueToJson(r.value()));
        }
        return array;
    }

    private static List<Report> reportsFromJson(JsonNode node, String path) {
        requireArray(node, path);
        List<Report> reports = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode report = node.get(i);
            requireObject(report, at);
            long step = requireLong(report, at, "step");
            double value = valueFromJson(require(report, at, "value"), at + ".value");
            try {
                reports.add(new Report(step, value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + ".step: " + e.getMessage(), e);
            }
        }
        return reports;
    }

    private static ObjectNode attemptToJson(Attempt attempt) {
        ObjectNode node = NODES.objectNode();
        node.put("index", attempt.index());
        node.put("state", attempt.state().jsonName());
        putValue(node, "value", attempt.value());
        node.set("reports", reportsToJson(attempt.reports()));
        putText(node, "reason", attempt.reason());
        putInstant(node, "startedAt", attempt.startedAt());
        putInstant(node, "endedAt", attempt.endedAt());
        return node;
    }

    private static Attempt attemptFromJson(JsonNode node, String at) {
        requireObject(node, at);
        int index = (int) requireLong(node, at, "index");
        TrialState state = requireState(node, at);
        Double value = optionalValue(node, at, "value");
        List<Report> reports = reportsFromJson(require(node, at, "reports"), at + ".reports");
        String reason = optionalText(node, at, "reason");
        Instant startedAt = optionalInstant(node, at, "startedAt");
        Instant endedAt = optionalInstant(node, at, "endedAt");
        try {
            return new Attempt(index, state, value, reports, reason, startedAt, endedAt);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ".state: " + e.getMessage(), e);
        }
    }

    private static void putValue(ObjectNode node, String field, Double value) {
        if (value != null) {
            node.set(field, valueToJson(value));
        }
    }

    private static void putText(ObjectNode node, String field, String text) {
        if (text != null) {
            node.put(field, text);
        }
    }

    private static void putInstant(ObjectNode node, String field, Instant instant) {
        if (instant != null) {
            node.put(field, instant.toString());
        }
    }

    private static JsonNode require(JsonNode node, String at, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(at + "." + field + ": is required");
        }
        return value;
    }

    private static long requireLong(JsonNode node, String at, String field) {
        JsonNode value = require(node, at, field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException(at + "." + field + ": must be an integer, but got " + value);
        }
        return value.longValue();
    }

    private static TrialState requireState(JsonNode node, String at) {
        JsonNode value = require(node, at, "state");
        if (!value.isTextual()) {
            throw new IllegalArgumentException(at + ".state: must be a string, but got " + value);
        }
        return TrialState.fromJsonName(value.textValue()).orElseThrow(() -> new IllegalArgumentException(
                at + ".state: must be one of " + stateNames() + ", but got " + value));
    }

    private static String stateNames() {
        return java.util.Arrays.stream(TrialState.values()).map(TrialState::jsonName).toList().toString();
    }

    private static Double optionalValue(JsonNode node, String at, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : valueFromJson(value, at + "." + field);
    }

    private static String optionalText(JsonNode node, String at, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(at + "." + field + ": must be a string, but got " + value);
        }
        return value.textValue();
    }

    private static Instant requireInstant(JsonNode node, String at, String field) {
        require(node, at, field);
        return optionalInstant(node, at, field);
    }

    private static Instant optionalInstant(JsonNode node, String at, String field) {
        String text = optionalText(node, at, field);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    at + "." + field + ": must be an ISO-8601 instant such as 2024-05-01T12:00:00Z, but got \""
                            + text + "\"", e);
        }
    }

    private static void requireObject(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(at + ": must be an object, but got " + node);
        }
    }

    private static void requireArray(JsonNode node, String at) {
        if (!node.isArray()) {
            throw new IllegalArgumentException(at + ": must be an array, but got " + node);
        }
    }
}

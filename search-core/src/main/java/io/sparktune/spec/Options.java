package io.sparktune.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of one component, read under the house rules: every problem names its JSON path and
 * goes to the shared {@link Problems}; a bad or missing value yields the default so that reading
 * goes on and every problem of a file is found at once. After reading, {@link #rejectUnknown()}
 * reports the keys nobody asked for, with "did you mean".
 */
public final class Options {

    private final ObjectNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();

    private Options(ObjectNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** Options over {@code node}; a missing or null node is an empty object, anything else but an object a problem. */
    public static Options of(JsonNode node, String path, Problems problems) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return new Options(JsonNodeFactory.instance.objectNode(), path, problems);
        }
        if (!node.isObject()) {
            problems.add(path, "must be an object, got " + JsonKinds.describe(node));
            return new Options(JsonNodeFactory.instance.objectNode(), path, problems);
        }
        return new Options((ObjectNode) node, path, problems);
    }

    public String path() {
        return path;
    }

    public Problems problems() {
        return problems;
    }

    /** The JSON path of {@code key} under these options. */
    public String pathOf(String key) {
        return path + "." + key;
    }

    /** Whether {@code key} is present (and marks it as known). */
    public boolean has(String key) {
        known.add(key);
        return node.has(key) && !node.get(key).isNull();
    }

    /** The raw value of {@code key} (and marks it as known). */
    public Optional<JsonNode> raw(String key) {
        known.add(key);
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    /** Reports a problem at {@code key}. */
    public void problem(String key, String message) {
        problems.add(pathOf(key), message);
    }

    public int getInt(String key, int defaultValue, int min, int max) {
        return (int) getLong(key, defaultValue, min, max);
    }

    public long getLong(String key, long defaultValue, long min, long max) {
        Optional<JsonNode> v = raw(key);
        if (v.isEmpty()) {
            return defaultValue;
        }
        JsonNode n = v.get();
        if (!n.isIntegralNumber() && !(n.isNumber() && n.asDouble() == Math.rint(n.asDouble()))) {
            problem(key, "must be an integer, got " + JsonKinds.describe(n));
            return defaultValue;
        }
        long value = n.asLong();
        if (value < min || value > max) {
            problem(key, "must be " + range(min, max) + ", got " + value);
            return defaultValue;
        }
        return value;
    }

    public double getDouble(String key, double defaultValue, double min, double max) {
        Optional<JsonNode> v = raw(key);
        if (v.isEmpty()) {
            return defaultValue;
        }
        JsonNode n = v.get();
        if (!n.isNumber()) {
            problem(key, "must be a number, got " + JsonKinds.describe(n));
            return defaultValue;
        }
        double value = n.asDouble();
        if (!(value >= min && value <= max)) {
            problem(key, "must be " + range(min, max) + ", got " + value);
            return defaultValue;
        }
        return value;
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        Optional<JsonNode> v = raw(key);
        if (v.isEmpty()) {
            return defaultValue;
        }
        if (!v.get().isBoolean()) {
            problem(key, "must be true or false, got " + JsonKinds.describe(v.get()));
            return defaultValue;
        }
        return v.get().asBoolean();
    }

    /** A string, or {@code defaultValue} when absent; a {@code null} default makes it required. */
    public String getString(String key, String defaultValue) {
        Optional<JsonNode> v = raw(key);
        if (v.isEmpty()) {
            if (defaultValue == null) {
                problem(key, "is required");
            }
            return defaultValue;
        }
        if (!v.get().isTextual()) {
            problem(key, "must be a string, got " + JsonKinds.describe(v.get()));
            return defaultValue;
        }
        return v.get().asText();
    }

    /** One of {@code allowed}, or {@code defaultValue} when absent ({@code null}: required). */
    public String getChoice(String key, String defaultValue, Collection<String> allowed) {
        String value = getString(key, defaultValue);
        if (value != null && !allowed.contains(value)) {
            problem(key, "must be one of " + String.join(", ", allowed) + ", got \"" + value + "\""
                    + Suggestions.didYouMean(value, allowed));
            return defaultValue;
        }
        return value;
    }

    /** A positive duration ({@link Durations} lists the forms), or empty when absent or bad. */
    public Optional<java.time.Duration> getDuration(String key) {
        Optional<JsonNode> v = raw(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Optional<java.time.Duration> d = Durations.parse(v.get());
        if (d.isEmpty() || d.get().isZero()) {
            problem(key, "must be a positive duration: " + Durations.FORMS + ", got " + JsonKinds.describe(v.get()));
            return Optional.empty();
        }
        return d;
    }

    /** A list of strings; a single string counts as a list of one. */
    public List<String> getStringList(String key, List<String> defaultValue) {
        Optional<JsonNode> v = raw(key);
        if (v.isEmpty()) {
            return defaultValue;
        }
        if (v.get().isTextual()) {
            return List.of(v.get().asText());
        }
        if (!v.get().isArray()) {
            problem(key, "must be a string or a list of strings, got " + JsonKinds.describe(v.get()));
            return defaultValue;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.get().size(); i++) {
            JsonNode item = v.get().get(i);
            if (!item.isTextual()) {
                problems.add(pathOf(key) + "[" + i + "]", "must be a string, got " + JsonKinds.describe(item));
            } else {
                out.add(item.asText());
            }
        }
        return out;
    }

    /** The nested options object under {@code key} (empty when absent). */
    public Options getObject(String key) {
        return Options.of(raw(key).orElse(null), pathOf(key), problems);
    }

    /** Reports every key that no getter asked for, with "did you mean" when a known key is close. */
    /**
     * The keys nobody has asked for yet, with their values, in file order; they count as known from
     * now on. For components whose options are open-ended, such as a trainer's fixed hyperparameters.
     */
    public Map<String, JsonNode> remaining() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (!known.contains(e.getKey())) {
                out.put(e.getKey(), e.getValue());
            }
        });
        known.addAll(out.keySet());
        return Collections.unmodifiableMap(out);
    }

    public void rejectUnknown() {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                problems.add(pathOf(name), "unknown option" + Suggestions.didYouMean(name, known)
                        + (known.isEmpty() ? " (this component takes no options)"
                                : " (known: " + String.join(", ", known) + ")"));
            }
        });
    }

    private static String range(double min, double max) {
        boolean noMin = min == Long.MIN_VALUE || min == -Double.MAX_VALUE || min == Double.NEGATIVE_INFINITY
                || min == Integer.MIN_VALUE;
        boolean noMax = max == Long.MAX_VALUE || max == Double.MAX_VALUE || max == Double.POSITIVE_INFINITY
                || max == Integer.MAX_VALUE;
        if (noMin && noMax) {
            return "a finite number";
        }
        if (noMax) {
            return ">= " + format(min);
        }
        if (noMin) {
            return "<= " + format(max);
        }
        return "between " + format(min) + " and " + format(max);
    }

    private static String format(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
    }
}

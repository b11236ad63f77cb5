package io.sparktune.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The fields of one object of the study file, read under the house rules: every problem names its
 * JSON path and goes to the shared {@link Problems}, a missing or bad value reads as null so that
 * reading goes on, and {@link #rejectUnknown()} reports fields outside the allowed list with "did
 * you mean".
 */
final class Fields {

    private final ObjectNode node;
    private final String path;
    private final Problems problems;
    private final List<String> allowed;
    private final String owner;

    /**
     * @param allowed the fields this object may have
     * @param owner how the object is named in messages, such as {@code "a float parameter"}
     */
    Fields(ObjectNode node, String path, Problems problems, List<String> allowed, String owner) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.allowed = allowed;
        this.owner = owner;
    }

    /** Fields over {@code node} when it is an object; otherwise a problem at {@code path} and null. */
    static Fields of(JsonNode node, String path, Problems problems, List<String> allowed, String owner) {
        if (!node.isObject()) {
            problems.add(path, "must be an object, got " + JsonKinds.describe(node));
            return null;
        }
        return new Fields((ObjectNode) node, path, problems, allowed, owner);
    }

    String path() {
        return path;
    }

    String path(String key) {
        return JsonPaths.child(path, key);
    }

    Problems problems() {
        return problems;
    }

    ObjectNode node() {
        return node;
    }

    void problem(String key, String message) {
        problems.add(path(key), message);
    }

    /** The value of {@code key}, or null when it is absent or JSON null. */
    JsonNode get(String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v;
    }

    boolean has(String key) {
        return get(key) != null;
    }

    /** A string, or null (with a problem when {@code required} or when it is not a string). */
    String string(String key, boolean required) {
        JsonNode v = get(key);
        if (v == null) {
            if (required) {
                problem(key, "is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            problem(key, "must be a string, got " + JsonKinds.describe(v));
            return null;
        }
        return v.asText();
    }

    /** A string with something besides white space in it. */
    String nonBlank(String key, boolean required) {
        String s = string(key, required);
        if (s != null && s.isBlank()) {
            problem(key, "must not be blank");
            return null;
        }
        return s;
    }

    /** A finite number, or null. */
    Double number(String key, boolean required) {
        JsonNode v = get(key);
        if (v == null) {
            if (required) {
                problem(key, "is required");
            }
            return null;
        }
        if (!v.isNumber()) {
            problem(key, "must be a number, got " + JsonKinds.describe(v));
            return null;
        }
        if (!Double.isFinite(v.asDouble())) {
            problem(key, "must be a finite number, got " + v.asText());
            return null;
        }
        return v.asDouble();
    }

    /** An integer (a number with no fraction, such as 3 or 3.0) at least {@code min}, or null. */
    Long integer(String key, boolean required, long min) {
        return integer(key, required, min, Long.MAX_VALUE);
    }

    /** An integer between {@code min} and {@code max}, or null. */
    Long integer(String key, boolean required, long min, long max) {
        JsonNode v = get(key);
        if (v == null) {
            if (required) {
                problem(key, "is required");
            }
            return null;
        }
        Long value = integerValue(v);
        if (value == null) {
            problem(key, "must be an integer, got " + JsonKinds.describe(v));
            return null;
        }
        if (value < min) {
            problem(key, "must be >= " + min + ", got " + value);
            return null;
        }
        if (value > max) {
            problem(key, "must be <= " + max + ", got " + value);
            return null;
        }
        return value;
    }

    /** The value of {@code v} as a long when it is an integral number in range, else null. */
    static Long integerValue(JsonNode v) {
        if (v.isIntegralNumber()) {
            return v.canConvertToLong() ? v.asLong() : null;
        }
        if (v.isNumber()) {
            double d = v.asDouble();
            if (d == Math.rint(d) && Math.abs(d) < 0x1p63) {
                return (long) d;
            }
        }
        return null;
    }

    /** A boolean, or {@code defaultValue} when absent or not a boolean (then with a problem). */
    boolean bool(String key, boolean defaultValue) {
        JsonNode v = get(key);
        if (v == null) {
            return defaultValue;
        }
        if (!v.isBoolean()) {
            problem(key, "must be true or false, got " + JsonKinds.describe(v));
            return defaultValue;
        }
        return v.asBoolean();
    }

    /** Reports every field that is not allowed, with "did you mean" when an allowed one is close. */
    void rejectUnknown() {
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                problems.add(path(name), "unknown field" + Suggestions.didYouMean(name, allowed) + " (" + owner
                        + " has: " + String.join(", ", allowed) + ")");
            }
        });
    }
}

package io.sparktune.spec;

import com.fasterxml.jackson.databind.JsonNode;

/** How a JSON value is named in a message: {@code a string ("abc")}, {@code a number (3)}, ... */
public final class JsonKinds {

    private JsonKinds() {
    }

    public static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            return "a string (\"" + n.asText() + "\")";
        }
        if (n.isNumber()) {
            return "a number (" + n.asText() + ")";
        }
        if (n.isBoolean()) {
            return "a boolean (" + n.asText() + ")";
        }
        if (n.isArray()) {
            return "a list";
        }
        return "an object";
    }
}

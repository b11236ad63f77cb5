package io.sparktune.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON values as the plain Java values of {@link io.sparktune.space}: Long, Double, String, Boolean, List, Map. */
final class JsonValues {

    private JsonValues() {
    }

    /** {@code n} as a plain Java value; JSON null becomes null. */
    static Object toJava(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isIntegralNumber()) {
            return n.canConvertToLong() ? (Object) n.asLong() : (Object) n.asDouble();
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isArray()) {
            List<Object> out = new ArrayList<>(n.size());
            n.forEach(item -> out.add(toJava(item)));
            return Collections.unmodifiableList(out);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        n.properties().forEach(e -> out.put(e.getKey(), toJava(e.getValue())));
        return Collections.unmodifiableMap(out);
    }

    /** Whether {@code n} is a string, a number or a boolean. */
    static boolean isScalar(JsonNode n) {
        return n != null && (n.isTextual() || n.isNumber() || n.isBoolean());
    }
}

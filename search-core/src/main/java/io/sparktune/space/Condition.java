package io.sparktune.space;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When a parameter exists: for every named parent, the parent must be active and hold one of the
 * listed values. An empty condition always holds.
 *
 * @param when parent name to the values it may hold
 */
public record Condition(Map<String, List<Object>> when) {

    public static final Condition ALWAYS = new Condition(Map.of());

    public Condition {
        Map<String, List<Object>> copy = new LinkedHashMap<>();
        when.forEach((parent, values) -> {
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException("the condition on " + parent + " must list at least one value");
            }
            copy.put(parent, values.stream().map(Values::normalize).toList());
        });
        when = java.util.Collections.unmodifiableMap(copy);
    }

    /** A condition on one parent and its allowed values. */
    public static Condition on(String parent, Object... values) {
        return new Condition(Map.of(parent, List.of(values)));
    }

    public boolean isAlways() {
        return when.isEmpty();
    }

    /** Whether the condition holds for the values assigned so far (a missing parent means inactive). */
    public boolean holds(Map<String, Object> assigned) {
        for (Map.Entry<String, List<Object>> e : when.entrySet()) {
            Object actual = assigned.get(e.getKey());
            if (actual == null || e.getValue().stream().noneMatch(v -> Values.same(v, actual))) {
                return false;
            }
        }
        return true;
    }
}

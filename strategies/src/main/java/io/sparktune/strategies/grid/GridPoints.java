package io.sparktune.strategies.grid;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparktune.spec.JsonKinds;
import io.sparktune.spec.Options;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code gridPoints} option: how many points a float parameter without a step takes.
 *
 * @param all the count for every such parameter, or 0 when none was given
 * @param byName counts for named parameters, which win over {@code all}
 * @param path the option's JSON path, for problems found once the space is known
 */
record GridPoints(int all, Map<String, Integer> byName, String path) {

    static final String KEY = "gridPoints";
    static final int MIN = 2;

    GridPoints {
        if (all != 0 && all < MIN) {
            throw new IllegalArgumentException("all >= " + MIN + " must hold when given, but got all=" + all);
        }
        byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    static GridPoints none(String path) {
        return new GridPoints(0, Map.of(), path);
    }

    /** Reads the option; problems go to {@code options}. */
    static GridPoints read(Options options) {
        String path = options.pathOf(KEY);
        Optional<JsonNode> raw = options.raw(KEY);
        if (raw.isEmpty()) {
            return none(path);
        }
        if (raw.get().isNumber()) {
            return new GridPoints(options.getInt(KEY, 0, MIN, Grid.MAX_SIZE), Map.of(), path);
        }
        if (!raw.get().isObject()) {
            options.problem(KEY, "must be a number of points (>= " + MIN
                    + ") or an object such as {\"lr\": 5}, got " + JsonKinds.describe(raw.get()));
            return none(path);
        }
        Map<String, Integer> byName = new LinkedHashMap<>();
        raw.get().fields().forEachRemaining(e -> {
            JsonNode n = e.getValue();
            if (!n.isIntegralNumber() || n.asLong() < MIN || n.asLong() > Grid.MAX_SIZE) {
                options.problems().add(path + "." + e.getKey(), "must be a whole number between " + MIN + " and "
                        + Grid.MAX_SIZE + ", got " + JsonKinds.describe(n));
            } else {
                byName.put(e.getKey(), n.asInt());
            }
        });
        return new GridPoints(0, byName, path);
    }

    /** The number of points for the float parameter {@code name}, or 0 when none was asked for. */
    int countFor(String name) {
        return byName.getOrDefault(name, all);
    }
}

package io.sparktune.dashboard.api;

import io.sparktune.dashboard.data.TrialQuery;
import io.sparktune.dashboard.data.TrialSort;
import io.sparktune.trial.TrialState;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the query parameters of {@code GET /api/studies/{id}/trials} into a {@link TrialQuery}:
 * {@code state} (comma-separated state names, or repeated; none means every state), {@code sort}
 * ({@code rank} by default, {@code -value} for descending), {@code limit} (default
 * {@value #DEFAULT_LIMIT}, at most {@value #MAX_LIMIT}) and {@code offset} (default 0). Every error
 * names its parameter.
 */
final class TrialQueryParams {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;
    static final List<String> NAMES = List.of("state", "sort", "limit", "offset");

    private TrialQueryParams() {
    }

    /**
     * The query that {@code params} (as {@code ServletRequest.getParameterMap()} gives them) asks for.
     *
     * @throws ApiException 400 naming the parameter that is wrong
     */
    static TrialQuery parse(Map<String, String[]> params) {
        for (String name : params.keySet()) {
            if (!NAMES.contains(name)) {
                throw ApiException.badRequest("unknown parameter \"" + name + "\": use " + String.join(", ", NAMES));
            }
        }
        Set<TrialState> states = states(params.get("state"));
        TrialSort sort = sort(single(params, "sort"));
        int limit = integer(single(params, "limit"), "limit", DEFAULT_LIMIT, MAX_LIMIT);
        int offset = integer(single(params, "offset"), "offset", 0, Integer.MAX_VALUE);
        return new TrialQuery(states, sort, offset, limit);
    }

    private static Set<TrialState> states(String[] values) {
        Set<TrialState> states = EnumSet.noneOf(TrialState.class);
        if (values == null) {
            return states;
        }
        for (String value : values) {
            for (String name : value.split(",", -1)) {
                String trimmed = name.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                states.add(TrialState.fromJsonName(trimmed).orElseThrow(() -> ApiException.badRequest(
                        "state: unknown state \"" + trimmed + "\"; use " + stateNames())));
            }
        }
        return states;
    }

    private static String stateNames() {
        return Arrays.stream(TrialState.values()).map(TrialState::jsonName).collect(Collectors.joining(", "));
    }

    private static TrialSort sort(String text) {
        if (text == null) {
            return TrialSort.RANK;
        }
        try {
            return TrialSort.parse(text.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("sort: " + e.getMessage());
        }
    }

    private static int integer(String text, String name, int absent, int max) {
        if (text == null) {
            return absent;
        }
        String trimmed = text.trim();
        if (!trimmed.isEmpty() && trimmed.length() <= 10 && trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long value = Long.parseLong(trimmed);
            if (value <= max) {
                return (int) value;
            }
        }
        throw ApiException.badRequest(name + ": must be an integer from 0 to " + max + ", but got \"" + text + "\"");
    }

    private static String single(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw ApiException.badRequest(name + ": given " + values.length + " times; give it once");
        }
        return values[0];
    }
}

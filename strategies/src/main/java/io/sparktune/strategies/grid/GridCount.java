package io.sparktune.strategies.grid;

import io.sparktune.space.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the active combinations of a conditional space without listing them, saturating at
 * {@code limit + 1} so that an enormous grid is refused at once. The count of the parameters from
 * {@code i} on depends only on the values of the parents that their conditions name, so it is
 * memoised on those values: a parameter nobody conditions on multiplies the count by its size.
 */
final class GridCount {

    private final List<Parameter> parameters;
    private final Axis[] axes;
    private final long cap;
    /** For each index i (and one past the end): the parents named by the conditions of parameters i.. . */
    private final List<Set<String>> parentsFrom;
    private final Map<List<Object>, Long> memo = new HashMap<>();

    private GridCount(List<Parameter> parameters, Axis[] axes, long limit) {
        this.parameters = parameters;
        this.axes = axes;
        this.cap = limit + 1;
        this.parentsFrom = parentsFrom(parameters);
    }

    /** The number of active combinations, or {@code limit + 1} if there are more than {@code limit}. */
    static long count(List<Parameter> parameters, Axis[] axes, long limit) {
        return new GridCount(parameters, axes, limit).from(0, new LinkedHashMap<>());
    }

    /** For each index, the names that the conditions of that parameter and the later ones refer to. */
    static List<Set<String>> parentsFrom(List<Parameter> parameters) {
        List<Set<String>> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        out.add(Set.of());
        for (int i = parameters.size() - 1; i >= 0; i--) {
            names.addAll(parameters.get(i).condition().when().keySet());
            out.add(0, Set.copyOf(names));
        }
        return out;
    }

    private long from(int i, Map<String, Object> assigned) {
        if (i == parameters.size()) {
            return 1;
        }
        List<Object> key = new ArrayList<>();
        key.add(i);
        for (String parent : parentsFrom.get(i)) {
            key.add(assigned.get(parent));
        }
        Long known = memo.get(key);
        if (known != null) {
            return known;
        }
        long result = count(i, assigned);
        memo.put(key, result);
        return result;
    }

    private long count(int i, Map<String, Object> assigned) {
        Parameter p = parameters.get(i);
        if (!p.condition().holds(assigned)) {
            return from(i + 1, assigned);
        }
        if (!parentsFrom.get(i + 1).contains(p.name())) {
            return times(axes[i].size(), from(i + 1, assigned));
        }
        long total = 0;
        for (int k = 0; k < axes[i].size() && total < cap; k++) {
            assigned.put(p.name(), axes[i].valueAt().apply(k));
            total = Math.min(cap, total + from(i + 1, assigned));
        }
        assigned.remove(p.name());
        return total;
    }

    private long times(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > cap / b ? cap : Math.min(cap, a * b);
    }
}

package io.sparktune.space;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of a study. {@link #parameters()} lists them parents first (a stable topological
 * order of the conditions, otherwise the declared order), so a sampler that walks them in order
 * always knows whether a parameter is active.
 */
public final class SearchSpace {

    private final List<Parameter> parameters;
    private final Map<String, Parameter> byName;

    public SearchSpace(List<Parameter> declared) {
        Map<String, Parameter> names = new LinkedHashMap<>();
        for (Parameter p : declared) {
            if (names.put(p.name(), p) != null) {
                throw new IllegalArgumentException("parameter names must be unique, but " + p.name() + " appears twice");
            }
        }
        for (Parameter p : declared) {
            for (String parent : p.condition().when().keySet()) {
                if (!names.containsKey(parent)) {
                    throw new IllegalArgumentException(
                            "parameter " + p.name() + " has a condition on " + parent + ", which does not exist");
                }
            }
        }
        this.parameters = List.copyOf(topologicalOrder(declared, names));
        this.byName = Collections.unmodifiableMap(names);
    }

    public static SearchSpace of(Parameter... parameters) {
        return new SearchSpace(List.of(parameters));
    }

    /** Every parameter, parents before the parameters whose condition names them. */
    public List<Parameter> parameters() {
        return parameters;
    }

    public Optional<Parameter> parameter(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Set<String> names() {
        return byName.keySet();
    }

    public int size() {
        return parameters.size();
    }

    /**
     * Whether {@code params} is a complete, valid point of this space: every active parameter has a
     * value in its domain and no inactive or unknown parameter has one.
     */
    public boolean contains(Map<String, Object> params) {
        return problemWith(params).isEmpty();
    }

    /** What is wrong with {@code params} as a point of this space, if anything. */
    public Optional<String> problemWith(Map<String, Object> params) {
        Map<String, Object> assigned = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            boolean active = p.condition().holds(assigned);
            Object value = Values.normalize(params.get(p.name()));
            if (active && value == null) {
                return Optional.of(p.name() + " is active but has no value");
            }
            if (!active && value != null) {
                return Optional.of(p.name() + " is inactive but has the value " + Values.describe(value));
            }
            if (active && !p.domain().contains(value)) {
                return Optional.of(p.name() + " = " + Values.describe(value) + " is outside its " + p.domain());
            }
            if (active) {
                assigned.put(p.name(), value);
            }
        }
        for (String name : params.keySet()) {
            if (!byName.containsKey(name)) {
                return Optional.of(name + " is not a parameter of the space");
            }
        }
        return Optional.empty();
    }

    private static List<Parameter> topologicalOrder(List<Parameter> declared, Map<String, Parameter> names) {
        List<Parameter> order = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (Parameter p : declared) {
            visit(p, names, done, new ArrayList<>(), order);
        }
        return order;
    }

    private static void visit(Parameter p, Map<String, Parameter> names, Set<String> done, List<String> path,
            List<Parameter> order) {
        if (done.contains(p.name())) {
            return;
        }
        if (path.contains(p.name())) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(p.name()), path.size()));
            cycle.add(p.name());
            throw new IllegalArgumentException("conditions form a cycle: " + String.join(" -> ", cycle));
        }
        path.add(p.name());
        for (String parent : p.condition().when().keySet()) {
            visit(names.get(parent), names, done, path, order);
        }
        path.remove(path.size() - 1);
        done.add(p.name());
        order.add(p);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchSpace s && s.parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return parameters.hashCode();
    }

    @Override
    public String toString() {
        return "SearchSpace" + parameters;
    }
}

package io.sparktune.strategies.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.ComponentSpec;
import io.sparktune.strategies.functions.BenchmarkFunction;
import io.sparktune.strategies.functions.BenchmarkFunctions;
import io.sparktune.strategies.functions.Bounds;
import io.sparktune.strategies.functions.MultiFidelityFunction;
import io.sparktune.strategies.functions.MultiFidelityFunctions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * One benchmark problem as a study sees it: the function's standard search space, the {@code function}
 * trainer that evaluates it, its known optimum, and the exact (noise-free, full-fidelity) value that
 * regret is measured on.
 *
 * <p>Single-fidelity functions search {@code x0 .. x(d-1)} within their usual bounds, in their usual
 * dimensions: branin 2, hartmann3 3, hartmann6 6, rosenbrock 4, levy 5, ackley 5; each trial is one
 * evaluation. Multi-fidelity functions search their own parameters (Counting Ones: 8 categorical
 * {@code c0 .. c7} and 8 continuous {@code x0 .. x7}; mfhartmann6: {@code x0 .. x5}), and each trial
 * runs through {@code steps} fidelities.
 *
 * @param steps how many steps a full trial runs: 0 for a single-fidelity function
 */
public record BenchTask(String name, SearchSpace space, ComponentSpec trainer, double optimum,
        ToDoubleFunction<Map<String, Object>> exact, int steps) {

    /** The dimensions the any-dimension functions are benchmarked in. */
    static final Map<String, Integer> DIMENSIONS = Map.of("rosenbrock", 4, "levy", 5, "ackley", 5);

    public BenchTask {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(trainer, "trainer");
        Objects.requireNonNull(exact, "exact");
        if (steps < 0) {
            throw new IllegalArgumentException("steps >= 0 must hold, but got steps=" + steps);
        }
    }

    /** Every function the harness runs: the single-fidelity ones, then the multi-fidelity ones. */
    public static Set<String> names() {
        Set<String> out = new LinkedHashSet<>(BenchmarkFunctions.names());
        out.addAll(MultiFidelityFunctions.names());
        return out;
    }

    public boolean multiFidelity() {
        return steps > 0;
    }

    /** What one full-budget trial costs, in steps: {@code steps}, or 1 for a single evaluation. */
    public int stepsPerFullTrial() {
        return Math.max(1, steps);
    }

    /** The task for {@code name}; {@code steps} applies to multi-fidelity functions only. */
    public static BenchTask of(String name, int steps) {
        if (MultiFidelityFunctions.isMultiFidelity(name)) {
            return multiFidelity(MultiFidelityFunctions.standard(name), steps);
        }
        int d = BenchmarkFunctions.fixedDimension(name).orElseGet(() -> DIMENSIONS.get(name));
        return singleFidelity(BenchmarkFunctions.create(name, d));
    }

    private static BenchTask singleFidelity(BenchmarkFunction f) {
        List<Parameter> params = new ArrayList<>();
        List<Bounds> bounds = f.bounds();
        for (int i = 0; i < bounds.size(); i++) {
            params.add(Parameter.of("x" + i, FloatDomain.of(bounds.get(i).low(), bounds.get(i).high())));
        }
        ObjectNode options = JsonNodeFactory.instance.objectNode().put("name", f.name()).put("dimension",
                f.dimension());
        return new BenchTask(f.name(), new SearchSpace(params), new ComponentSpec("function", options, "$.trainer"),
                f.optimum(), p -> f.evaluate(point(p, f.dimension())), 0);
    }

    private static BenchTask multiFidelity(MultiFidelityFunction f, int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps >= 1 must hold for " + f.name() + ", but got steps=" + steps);
        }
        ObjectNode options = JsonNodeFactory.instance.objectNode().put("name", f.name()).put("steps", steps);
        return new BenchTask(f.name(), new SearchSpace(f.parameters()),
                new ComponentSpec("function", options, "$.trainer"), f.optimum(), f::exact, steps);
    }

    private static double[] point(Map<String, Object> params, int d) {
        double[] x = new double[d];
        for (int i = 0; i < d; i++) {
            x[i] = ((Number) params.get("x" + i)).doubleValue();
        }
        return x;
    }
}

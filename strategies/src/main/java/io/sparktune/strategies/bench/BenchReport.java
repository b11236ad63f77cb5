package io.sparktune.strategies.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.spec.ComponentSpec;
import java.util.Locale;
import java.util.Optional;

/** Writes a {@link BenchResult} as an aligned table for a person or as JSON for a script. */
public final class BenchReport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BenchReport() {
    }

    /**
     * The table: a heading line, then one row per function and budget checkpoint with the median and
     * quartiles of simple regret over the seeds, and the sampler's mean time per ask.
     */
    public static String table(BenchResult result) {
        BenchPlan plan = result.plan();
        StringBuilder out = new StringBuilder();
        out.append("sampler ").append(describe(plan.sampler())).append(", scheduler ")
                .append(plan.scheduler().map(BenchReport::describe).orElse("none")).append("; ")
                .append(plan.seeds()).append(plan.seeds() == 1 ? " seed" : " seeds").append(", budget ")
                .append(plan.trials()).append(" full-budget trials")
                .append(result.functions().stream().anyMatch(f -> f.steps() > 0)
                        ? " (a multi-fidelity trial runs " + plan.steps() + " steps)" : "")
                .append('\n');
        String format = "%-12s %7s %13s %13s %13s %14s%n";
        out.append(String.format(Locale.ROOT, format, "function", "budget", "median regret", "q1", "q3",
                "mean ask (ms)"));
        for (FunctionResult f : result.functions()) {
            for (FunctionResult.Checkpoint c : f.checkpoints()) {
                out.append(String.format(Locale.ROOT, format, f.function(), c.budget(), number(c.regret().median()),
                        number(c.regret().q1()), number(c.regret().q3()),
                        String.format(Locale.ROOT, "%.4f", f.meanAskMicros() / 1000)));
            }
        }
        return out.toString();
    }

    /** The result as one JSON document (infinite regrets, before any trial completed, are null). */
    public static String json(BenchResult result) {
        BenchPlan plan = result.plan();
        ObjectNode root = NODES.objectNode();
        root.set("sampler", component(plan.sampler()));
        root.set("scheduler", plan.scheduler().<com.fasterxml.jackson.databind.JsonNode>map(BenchReport::component)
                .orElse(NODES.nullNode()));
        root.put("seeds", plan.seeds());
        root.put("trials", plan.trials());
        root.put("steps", plan.steps());
        root.put("costPerStep", plan.costPerStep());
        ArrayNode results = root.putArray("results");
        for (FunctionResult f : result.functions()) {
            ObjectNode node = results.addObject();
            node.put("function", f.function());
            node.put("optimum", f.optimum());
            node.put("steps", f.steps());
            node.put("meanAskMicros", f.meanAskMicros());
            ArrayNode checkpoints = node.putArray("checkpoints");
            for (FunctionResult.Checkpoint c : f.checkpoints()) {
                ObjectNode cn = checkpoints.addObject();
                cn.put("budget", c.budget());
                put(cn, "q1", c.regret().q1());
                put(cn, "median", c.regret().median());
                put(cn, "q3", c.regret().q3());
            }
            ArrayNode runs = node.putArray("runs");
            for (SeedRun r : f.runs()) {
                ObjectNode rn = runs.addObject();
                rn.put("seed", r.seed());
                rn.put("trials", r.trials());
                rn.put("budgetSpent", r.budgetSpent());
                rn.put("asks", r.asks());
                ArrayNode trajectory = rn.putArray("trajectory");
                for (SeedRun.Improvement i : r.trajectory()) {
                    trajectory.addArray().add(i.budget()).add(i.regret());
                }
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the benchmark's JSON: " + e.getMessage(), e);
        }
    }

    private static void put(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    private static ObjectNode component(ComponentSpec spec) {
        ObjectNode node = NODES.objectNode();
        node.put("type", spec.type());
        node.set("options", spec.options());
        return node;
    }

    private static String describe(ComponentSpec spec) {
        return spec.options().isEmpty() ? spec.type() : spec.type() + " " + spec.options();
    }

    private static String number(double x) {
        return Optional.of(x).filter(Double::isFinite).map(v -> String.format(Locale.ROOT, "%.4g", v)).orElse("none");
    }
}

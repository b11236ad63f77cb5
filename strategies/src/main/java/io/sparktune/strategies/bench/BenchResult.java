package io.sparktune.strategies.bench;

import java.util.List;

/** What a {@link BenchPlan} gave: one result per function, in the plan's order. */
public record BenchResult(BenchPlan plan, List<FunctionResult> functions) {

    public BenchResult {
        functions = List.copyOf(functions);
    }
}

package io.sparktune.runner.spark;

import io.sparktune.trainer.TrialContext;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One attempt of one trial, as the driver hands it to an executor: the parts of a
 * {@link TrialContext} that can travel (the reporter is made on the executor, where it talks to
 * the store directly).
 *
 * @param params the trial's parameter values, in the space's order
 */
public record AttemptOrder(int number, int attempt, Map<String, Object> params, long seed) implements Serializable {

    public AttemptOrder {
        if (number < 0) {
            throw new IllegalArgumentException("number >= 0 must hold, but got number=" + number);
        }
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt >= 0 must hold, but got attempt=" + attempt);
        }
        // A LinkedHashMap, not Map.copyOf: it keeps the space's order and serializes as itself.
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The order for the attempt {@code context} describes. */
    public static AttemptOrder of(TrialContext context) {
        return new AttemptOrder(context.number(), context.attempt(), context.params(), context.seed());
    }

    @Override
    public String toString() {
        return "trial " + number + " attempt " + attempt;
    }
}

package io.sparktune.trainer;

import java.util.Map;
import java.util.Objects;

/**
 * What a trainer is given to run one trial.
 *
 * @param number the trial number
 * @param params the trial's parameter values (active ones only)
 * @param seed the trial's training seed, derived from the study seed and the trial number
 * @param reporter where intermediate values go
 */
public record TrialContext(int number, Map<String, Object> params, long seed, Reporter reporter) {

    public TrialContext {
        params = Map.copyOf(params);
        Objects.requireNonNull(reporter, "reporter");
    }
}

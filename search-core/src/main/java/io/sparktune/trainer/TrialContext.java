package io.sparktune.trainer;

import java.util.Map;
import java.util.Objects;

/**
 * What a trainer is given to run one trial.
 *
 * @param number the trial number
 * @param attempt the attempt of the trial this run is: 0 for the first, one more for every retry
 * @param params the trial's parameter values (active ones only)
 * @param seed the trial's training seed, derived from the study seed and the trial number
 * @param reporter where intermediate values go
 */
public record TrialContext(int number, int attempt, Map<String, Object> params, long seed, Reporter reporter) {

    /** The first attempt of trial {@code number}. */
    public TrialContext(int number, Map<String, Object> params, long seed, Reporter reporter) {
        this(number, 0, params, seed, reporter);
    }

    public TrialContext {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt >= 0 must hold, but got attempt=" + attempt);
        }
        params = Map.copyOf(params);
        Objects.requireNonNull(reporter, "reporter");
    }
}

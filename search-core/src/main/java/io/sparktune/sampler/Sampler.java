package io.sparktune.sampler;

import io.sparktune.space.SearchSpace;
import io.sparktune.trial.History;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Proposes the parameters of the next trial. A sampler is a function of its arguments: it keeps no
 * state that cannot be rebuilt from the history, so a restarted driver proposes exactly what the
 * old one would have. Running trials are in the history, so parallel proposals can avoid piling up.
 */
public interface Sampler {

    /**
     * The parameters of the next trial: every active parameter of {@code space} with a value in its
     * domain, and no inactive one. Empty when this sampler has nothing left to propose (a finished
     * grid), which ends the study.
     *
     * @param rng the trial's own generator, derived from (study seed, trial number)
     */
    Optional<Map<String, Object>> propose(SearchSpace space, History history, RandomGenerator rng);
}

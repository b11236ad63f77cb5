package io.sparktune.study;

import io.sparktune.sampler.Sampler;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.trial.History;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Draws every float parameter uniformly from the trial's generator, ignoring the history. */
final class UniformSampler implements Sampler {

    @Override
    public Optional<Map<String, Object>> propose(SearchSpace space, History history, RandomGenerator rng) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (Parameter p : space.parameters()) {
            FloatDomain d = (FloatDomain) p.domain();
            params.put(p.name(), d.low() + rng.nextDouble() * (d.high() - d.low()));
        }
        return Optional.of(params);
    }
}

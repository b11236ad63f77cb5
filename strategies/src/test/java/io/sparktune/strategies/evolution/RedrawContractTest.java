package io.sparktune.strategies.evolution;

import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.SamplerContract;

/** The sampler contract with the {@code redraw} mutation and a tournament over the whole population. */
class RedrawContractTest extends SamplerContract {

    @Override
    protected Sampler newSampler() {
        return new EvolutionSampler(new EvolutionSettings(5, 5, Mutation.REDRAW, 0.2));
    }
}

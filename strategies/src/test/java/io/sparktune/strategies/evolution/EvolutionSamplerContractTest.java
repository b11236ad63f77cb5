package io.sparktune.strategies.evolution;

import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.SamplerContract;

/** The sampler contract with the default settings: P = 100, so the contract sees the random start. */
class EvolutionSamplerContractTest extends SamplerContract {

    @Override
    protected Sampler newSampler() {
        return new EvolutionSampler(EvolutionSettings.defaults());
    }
}

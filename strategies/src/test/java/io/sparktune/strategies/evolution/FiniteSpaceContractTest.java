package io.sparktune.strategies.evolution;

import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.SamplerContract;
import io.sparktune.space.SearchSpace;

/** The sampler contract on a space of stepped and few-valued parameters, where perturbations snap to grids. */
class FiniteSpaceContractTest extends SamplerContract {

    @Override
    protected Sampler newSampler() {
        return new EvolutionSampler(new EvolutionSettings(6, 2, Mutation.PERTURB, 0.1));
    }

    @Override
    protected SearchSpace contractSpace() {
        return finiteSpace();
    }
}

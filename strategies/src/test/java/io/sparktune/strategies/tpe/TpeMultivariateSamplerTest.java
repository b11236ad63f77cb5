package io.sparktune.strategies.tpe;

import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.SamplerContract;

/** The sampler contract in multivariate mode: joint kernels over the parameters every trial has. */
class TpeMultivariateSamplerTest extends SamplerContract {

    @Override
    protected Sampler newSampler() {
        return new TpeSampler(TpeOptions.defaults().withMultivariate(true, false));
    }
}

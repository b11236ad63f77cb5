package io.sparktune.strategies.tpe;

import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.SamplerContract;

/** The sampler contract in multivariate mode with group decomposition, on the conditional space. */
class TpeGroupSamplerTest extends SamplerContract {

    @Override
    protected Sampler newSampler() {
        return new TpeSampler(TpeOptions.defaults().withMultivariate(true, true));
    }
}

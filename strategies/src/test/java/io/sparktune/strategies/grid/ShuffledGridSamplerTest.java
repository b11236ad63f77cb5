package io.sparktune.strategies.grid;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.SamplerContract;
import io.sparktune.space.SearchSpace;

/** The grid with {@code shuffle}: the sampler contract, where seeds now matter. */
class ShuffledGridSamplerTest extends SamplerContract {

    @Override
    protected Sampler newSampler() {
        return GridSamplerTest.grid(JsonNodeFactory.instance.objectNode().put("shuffle", true));
    }

    @Override
    protected SearchSpace contractSpace() {
        return SamplerContract.finiteSpace();
    }
}

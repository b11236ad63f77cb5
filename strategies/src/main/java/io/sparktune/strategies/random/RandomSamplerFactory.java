package io.sparktune.strategies.random;

import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.SamplerFactory;
import io.sparktune.spec.Options;

/** {@code "strategy": {"type": "random"}}: takes no options (any given is reported as unknown). */
public final class RandomSamplerFactory implements SamplerFactory {

    @Override
    public String type() {
        return "random";
    }

    @Override
    public Sampler create(Options options) {
        return new RandomSampler();
    }
}

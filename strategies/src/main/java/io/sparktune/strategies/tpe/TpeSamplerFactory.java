package io.sparktune.strategies.tpe;

import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.SamplerFactory;
import io.sparktune.spec.Options;

/**
 * {@code "strategy": {"type": "tpe", "options": {"nStartupTrials": 10, "multivariate": true}}}; the
 * package comment lists the options.
 */
public final class TpeSamplerFactory implements SamplerFactory {

    @Override
    public String type() {
        return "tpe";
    }

    @Override
    public Sampler create(Options options) {
        return new TpeSampler(TpeOptions.read(options));
    }
}

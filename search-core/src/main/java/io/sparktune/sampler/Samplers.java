package io.sparktune.sampler;

import io.sparktune.spec.ComponentSpec;
import io.sparktune.spec.Registry;

/** The registered samplers, by JSON name. */
public final class Samplers {

    private static final Registry<SamplerFactory> REGISTRY =
            Registry.load("strategy", SamplerFactory.class, SamplerFactory::type);

    private Samplers() {
    }

    public static Registry<SamplerFactory> registry() {
        return REGISTRY;
    }

    /** The sampler that {@code spec} names, or a SpecException. */
    public static Sampler create(ComponentSpec spec) {
        return REGISTRY.create(spec, "$.strategy.type", SamplerFactory::create);
    }
}

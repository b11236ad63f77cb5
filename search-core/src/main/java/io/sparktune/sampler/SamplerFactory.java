package io.sparktune.sampler;

import io.sparktune.spec.Options;

/**
 * Builds a {@link Sampler} from the study file's {@code strategy.options}. Registered in
 * {@code META-INF/services/io.sparktune.sampler.SamplerFactory}.
 */
public interface SamplerFactory {

    /** The JSON name: the {@code strategy.type} that selects this sampler. */
    String type();

    /**
     * A sampler for these options. Report bad options through {@link Options}, never by throwing;
     * the caller reports unknown keys. Must be cheap: validation calls it too.
     */
    Sampler create(Options options);
}

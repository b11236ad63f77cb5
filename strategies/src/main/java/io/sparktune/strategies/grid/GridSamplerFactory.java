package io.sparktune.strategies.grid;

import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.SamplerFactory;
import io.sparktune.spec.Options;

/**
 * {@code "strategy": {"type": "grid", "options": {"gridPoints": 5, "shuffle": false}}}; see the
 * package comment for the options and for the errors that appear only once the space is known.
 */
public final class GridSamplerFactory implements SamplerFactory {

    @Override
    public String type() {
        return "grid";
    }

    @Override
    public Sampler create(Options options) {
        GridPoints points = GridPoints.read(options);
        boolean shuffle = options.getBoolean("shuffle", false);
        return new GridSampler(points, shuffle);
    }
}
